namespace Qingdan.Graph.Core.Rules;

/// <summary>The items of the Zhanjiang negative list the hub detects (the number is the item's), and the report check REP.</summary>
public enum RuleId
{
    /// <summary>Item 3: borrowing, fees and use of assets from enterprises.</summary>
    NL3 = 3,

    /// <summary>Item 4: benefit from, and business with, enterprises under one's administration.</summary>
    NL4 = 4,

    /// <summary>Item 5: relatives' shareholdings and employment.</summary>
    NL5 = 5,

    /// <summary>Item 9: decisions that benefit a connected company.</summary>
    NL9 = 9,

    /// <summary>Not an item of the list: a personal-matters report that leaves out a business of the official or a close
    /// relative (《领导干部报告个人有关事项规定》); written <c>REP</c>.</summary>
    REP = 100,
}

/// <summary>Rule names as they travel (<c>NL3</c>…), and parsing of a list of them.</summary>
public static class RuleIds
{
    /// <summary>The five rules: the list's items in order, then REP.</summary>
    public static IReadOnlyList<RuleId> All { get; } = [RuleId.NL3, RuleId.NL4, RuleId.NL5, RuleId.NL9, RuleId.REP];

    /// <summary>Reads <c>NL3</c>, <c>nl3</c>, <c>3</c> or <c>REP</c>; false for anything else.</summary>
    public static bool TryParse(string? text, out RuleId rule)
    {
        var word = text?.Trim() ?? string.Empty;
        if (word.Equals(nameof(RuleId.REP), StringComparison.OrdinalIgnoreCase))
        {
            rule = RuleId.REP;
            return true;
        }

        if (word.StartsWith("NL", StringComparison.OrdinalIgnoreCase))
        {
            word = word[2..];
        }

        rule = default;
        if (!int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var item)
            || item == (int)RuleId.REP || !Enum.IsDefined((RuleId)item))
        {
            return false;
        }

        rule = (RuleId)item;
        return true;
    }

    /// <summary>Reads a comma-separated list (<c>NL3,NL5</c>); throws <see cref="FormatException"/> naming the word it cannot
    /// read.</summary>
    public static IReadOnlyList<RuleId> ParseList(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rules = new List<RuleId>();
        foreach (var word in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!TryParse(word, out var rule))
            {
                throw new FormatException($"Unknown rule '{word}': the rules are {string.Join(", ", All)}.");
            }

            if (!rules.Contains(rule))
            {
                rules.Add(rule);
            }
        }

        if (rules.Count == 0)
        {
            throw new FormatException($"No rule named: the rules are {string.Join(", ", All)}.");
        }

        rules.Sort();
        return rules;
    }
}
