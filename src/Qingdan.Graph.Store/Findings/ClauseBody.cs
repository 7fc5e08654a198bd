namespace Qingdan.Graph.Store.Findings;

/// <summary>The clause of the negative list a finding's rule cites: the Chinese text, which stands, and the working translation.</summary>
public sealed record ClauseBody
{
    public int Item { get; init; }

    public string Zh { get; init; } = string.Empty;

    public string En { get; init; } = string.Empty;
}
