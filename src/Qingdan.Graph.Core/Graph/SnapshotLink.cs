using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Graph;

/// <summary>
/// One stored link row as the builder is given it, and a snapshot link as <see cref="GraphSnapshot.FactOf"/>
/// reads it back (with its first source); rows that state the same link (endpoints, kind, properties,
/// interval) become one snapshot link with all their sources.
/// </summary>
public sealed record SnapshotLink
{
    public required LinkKind Kind { get; init; }

    public required long From { get; init; }

    public required long To { get; init; }

    public DateOnly? Start { get; init; }

    public DateOnly? End { get; init; }

    /// <summary>Relation, associate kind, role, participation role or transaction kind, in snake case.</summary>
    public string? Detail { get; init; }

    public double? Share { get; init; }

    public decimal? Amount { get; init; }

    public decimal? MonthlySalary { get; init; }

    public bool? Nominal { get; init; }

    public string? Title { get; init; }

    public string? Note { get; init; }

    public required SourceRef Source { get; init; }
}
