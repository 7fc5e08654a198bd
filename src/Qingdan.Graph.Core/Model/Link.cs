namespace Qingdan.Graph.Core.Model;

/// <summary>
/// A dated link between two canonical entities, read in both directions. Two links with the same
/// endpoints, kind, properties and interval are one link with several sources.
/// </summary>
public abstract record Link
{
    public required EntityId From { get; init; }

    public required EntityId To { get; init; }

    public Interval Validity { get; init; }

    /// <summary>Every registry row that states this link.</summary>
    public IReadOnlyList<SourceRef> Sources { get; init; } = [];

    public abstract LinkKind Kind { get; }
}
