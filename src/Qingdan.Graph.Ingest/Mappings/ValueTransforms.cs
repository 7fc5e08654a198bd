using System.Text.RegularExpressions;

namespace Qingdan.Graph.Ingest.Mappings;

/// <summary>How <c>amount:</c> reads a cell: a unit to multiply by, or <c>auto</c> (the unit written in the cell).</summary>
internal enum AmountUnit
{
    Yuan,
    TenThousand,
    HundredMillion,
    Auto,
}

/// <summary>
/// A value's transforms (mapping.md "Values"): <c>extract</c>, then <c>map</c>, <c>date</c>,
/// <c>amount</c>, <c>share</c>. A cell that <c>list</c> or <c>split</c> says holds several values is cut
/// into them first, and each goes through the others on its own (<c>董事、总经理</c> maps word by word).
/// </summary>
internal sealed record ValueTransforms
{
    public static readonly ValueTransforms None = new();

    public Regex? Extract { get; init; }

    public IReadOnlyList<Vocabulary> Map { get; init; } = [];

    /// <summary>The value taken when a word is in no vocabulary of <see cref="Map"/>, or the cell is empty.</summary>
    public string? Default { get; init; }

    public bool HasDefault { get; init; }

    public DatePattern? Date { get; init; }

    public AmountUnit? Amount { get; init; }

    /// <summary>True for <c>share: fraction</c> (0–1); false for <c>percent</c>, the bundle's rule.</summary>
    public bool? ShareFraction { get; init; }

    /// <summary>Separators of a cell listing several values, written as the bundle's <c>|</c> list.</summary>
    public string? List { get; init; }

    /// <summary>Separators of a cell listing several values, the record made once per value.</summary>
    public string? Split { get; init; }

    public bool IsNone => Extract is null && Map.Count == 0 && !HasDefault && Date is null && Amount is null && ShareFraction is null
        && List is null
        && Split is null;
}
