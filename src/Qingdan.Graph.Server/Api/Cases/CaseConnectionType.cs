using GraphQL.Types;
using Qingdan.Graph.Server.Api.Schema;

namespace Qingdan.Graph.Server.Api.Cases;

/// <summary>A page of cases.</summary>
public sealed class CaseConnectionType : ObjectGraphType<(IReadOnlyList<CaseView> Nodes, int TotalCount, int Offset, bool HasNext)>
{
    public CaseConnectionType()
    {
        Name = "CaseConnection";
        Description = "A page of cases, the latest changed first: how many match, the page, and whether more follow.";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many cases match the filter.").Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CaseType>>>>("nodes").Description("The cases of this page, in order.")
            .Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Whether more follow, and the cursor to ask for them with.")
            .Resolve(c => (c.Source.HasNext, c.Source.Nodes.Count > 0 ? Paging.Cursor(c.Source.Offset + c.Source.Nodes.Count) : null));
    }
}
