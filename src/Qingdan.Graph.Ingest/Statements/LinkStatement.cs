using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Ingest.Statements;

/// <summary>A dated link as one registry row states it, its endpoints named by the registry's refs.</summary>
public sealed record LinkStatement
{
    public required SourceRef Source { get; init; }

    public required LinkKind Kind { get; init; }

    public required NodeRef From { get; init; }

    public required NodeRef To { get; init; }

    /// <summary>First valid day; a transaction's date.</summary>
    public DateOnly? Start { get; init; }

    /// <summary>Last valid day; a transaction's end date.</summary>
    public DateOnly? End { get; init; }

    /// <summary>Relation, associate kind, role or transaction kind, in snake case.</summary>
    public string? Detail { get; init; }

    /// <summary>Ownership share as a fraction.</summary>
    public double? Share { get; init; }

    /// <summary>Transaction amount, or an ownership's subscribed capital.</summary>
    public decimal? Amount { get; init; }

    public decimal? MonthlySalary { get; init; }

    public bool? Nominal { get; init; }

    public string? Title { get; init; }

    public string? Rank { get; init; }

    public IReadOnlyList<string> Powers { get; init; } = [];

    public string? Note { get; init; }

    public IReadOnlyDictionary<string, string>? Extra { get; init; }
}
