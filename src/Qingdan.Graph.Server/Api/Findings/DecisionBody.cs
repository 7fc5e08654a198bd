namespace Qingdan.Graph.Server.Api.Findings;

/// <summary>A decision behind an NL9 finding, as the sweep saw it.</summary>
public sealed record DecisionBody
{
    public string Id { get; init; } = string.Empty;

    public decimal? Amount { get; init; }
}
