using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Graph;

/// <summary>
/// A personal-matters report (个人有关事项报告) as the snapshot holds it: the official who made it, the day
/// it describes, and what it declares, each item's person and company the entities they resolved to. Read
/// by rule REP; never walked (it adds no link to the graph).
/// </summary>
public sealed record PersonalReport
{
    /// <summary>The store's key, written <c>pr_ID</c>.</summary>
    public required long Id { get; init; }

    /// <summary>The registry that stated it; refs are unique per registry.</summary>
    public required string Registry { get; init; }

    public required string Ref { get; init; }

    /// <summary>The official whose report it is.</summary>
    public required EntityId Person { get; init; }

    /// <summary>The day whose state of affairs the report describes (usually 31 December).</summary>
    public required DateOnly ReportDate { get; init; }

    public DateOnly? SubmittedDate { get; init; }

    /// <summary>The row of <c>reports.csv</c> (or the delivered row) that stated it.</summary>
    public required SourceRef Source { get; init; }

    /// <summary>What it declares, in the order stated.</summary>
    public required IReadOnlyList<PersonalReportItem> Items { get; init; }

    /// <summary>The written form of a report's id.</summary>
    public static string Written(long id) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"pr_{id}");

    /// <summary>Reads <c>pr_ID</c>; false for anything else.</summary>
    public static bool TryParseId(string? text, out long id)
    {
        id = 0;
        return text is { Length: > 3 } && text.StartsWith("pr_", StringComparison.Ordinal)
            && long.TryParse(text.AsSpan(3), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out id)
            && id > 0;
    }
}

/// <summary>
/// One item of a report: a relative it lists (<see cref="Relation"/> as the report gives it), or a holding or
/// post of <see cref="Person"/> at <see cref="Company"/>. Entities are as resolved when the snapshot was made.
/// </summary>
public sealed record PersonalReportItem
{
    public required ReportItemKind Kind { get; init; }

    public required EntityId Person { get; init; }

    /// <summary>For a relative item: the relation the report states, as a wire word (<c>spouse</c>…); may be null.</summary>
    public string? Relation { get; init; }

    /// <summary>For a holding or post: the company.</summary>
    public EntityId? Company { get; init; }

    /// <summary>The row that stated the item.</summary>
    public required SourceRef Source { get; init; }
}
