namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>How a search hit matched, the tiers of the ranking in order.</summary>
public enum SearchMatch
{
    Exact,
    Prefix,
    Substring,
}
