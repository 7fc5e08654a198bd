namespace Qingdan.Graph.Core.Rules;

/// <summary>
/// One finding, keyed by (rule, official, company): every relative, transaction, decision and path
/// behind the key, with the variants that hold and the severity the table gives. Nodes and links
/// are indexes into the snapshot the rules ran on.
/// </summary>
public sealed record Finding
{
    public required RuleId Rule { get; init; }

    public required int Official { get; init; }

    public required int Company { get; init; }

    /// <summary>The variants RULES.md names, sorted.</summary>
    public required IReadOnlyList<string> Variants { get; init; }

    /// <summary>The relations of the related persons behind the finding (<c>self</c>, <c>spouse</c>…), sorted.</summary>
    public required IReadOnlyList<string> Relations { get; init; }

    /// <summary>The related persons behind the finding.</summary>
    public required IReadOnlyList<int> Relatives { get; init; }

    public required Severity Severity { get; init; }

    /// <summary>The reasons of the severity table that hold, most weighty first.</summary>
    public required IReadOnlyList<string> Reasons { get; init; }

    /// <summary>Paths from the official to the company, at most <see cref="RuleEngine.MaxEvidencePaths"/>.</summary>
    public required IReadOnlyList<EvidencePath> Evidence { get; init; }

    /// <summary>Paths found beyond <see cref="RuleEngine.MaxEvidencePaths"/>, counted, not kept.</summary>
    public int EvidenceOmitted { get; init; }

    /// <summary>NL9: every decision that supports the finding.</summary>
    public required IReadOnlyList<int> Decisions { get; init; }

    /// <summary>Every transaction link behind the finding.</summary>
    public required IReadOnlyList<int> Transactions { get; init; }

    /// <summary>NL4: the posts that put the company in the official's jurisdiction.</summary>
    public required IReadOnlyList<int> Posts { get; init; }

    /// <summary>REP: every report (store id) that left the interest out, ascending.</summary>
    public IReadOnlyList<long> Reports { get; init; } = [];

    /// <summary>The largest amount behind the finding, in yuan: a transaction's, or for NL9 a decision's.</summary>
    public decimal? Amount { get; init; }
}
