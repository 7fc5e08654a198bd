using GraphQL.Types;
using Qingdan.Graph.Server.Api.Schema;

namespace Qingdan.Graph.Server.Api.Findings;

/// <summary>A page of findings.</summary>
public sealed class FindingConnectionType : ObjectGraphType<(IReadOnlyList<FindingView> Nodes, int TotalCount, int Offset, bool HasNext)>
{
    public FindingConnectionType()
    {
        Name = "FindingConnection";
        Description = "A page of findings: how many match, the page (as nodes and as edges with cursors), and whether more follow.";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many findings match the filter.")
            .Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingType>>>>("nodes").Description("The findings of this page, in order.")
            .Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingEdgeType>>>>("edges").Description(
            "The findings of this page, each with its cursor.")
            .Resolve(c => c.Source.Nodes.Select((n, i) => (Paging.Cursor(c.Source.Offset + i + 1), n)));
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Whether more follow, and the cursor to ask for them with.")
            .Resolve(c => (c.Source.HasNext, c.Source.Nodes.Count > 0 ? Paging.Cursor(c.Source.Offset + c.Source.Nodes.Count) : null));
    }
}
