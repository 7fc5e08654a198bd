using Qingdan.Graph.Store.Cases;

namespace Qingdan.Graph.Server.Api.Cases;

/// <summary>A case as one caller may see it: the row, and its summary counted over what the caller's scope keeps.</summary>
public sealed record CaseView(CaseSummary Summary)
{
    public CaseRow Row => Summary.Case;
}
