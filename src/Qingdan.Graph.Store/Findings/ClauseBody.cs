namespace Qingdan.Graph.Store.Findings;

/// <summary>The clause a finding's rule cites: the Chinese text, which stands, and the working translation; for REP the article
/// of the report regulation the <see cref="Regulation"/> names.</summary>
public sealed record ClauseBody
{
    public int Item { get; init; }

    public string Zh { get; init; } = string.Empty;

    public string En { get; init; } = string.Empty;

    /// <summary>The text the clause is from (written for REP, whose clause is not the negative list's).</summary>
    public string? Regulation { get; init; }
}
