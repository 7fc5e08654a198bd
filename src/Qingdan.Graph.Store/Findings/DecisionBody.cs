namespace Qingdan.Graph.Store.Findings;

/// <summary>A decision behind an NL9 finding, as the sweep saw it.</summary>
public sealed record DecisionBody
{
    public string Id { get; init; } = string.Empty;

    public string Kind { get; init; } = string.Empty;

    /// <summary>Its title, else its decision kind.</summary>
    public string? Name { get; init; }

    public string? DecisionKind { get; init; }

    public DateOnly? Decided { get; init; }

    public decimal? Amount { get; init; }

    public string? Currency { get; init; }

    /// <summary>The procurement method's word (<c>open</c>, <c>direct</c>…).</summary>
    public string? Method { get; init; }

    public int? Bidders { get; init; }
}
