using GraphQL.Types;
using Qingdan.Graph.Server.Api.Schema;

namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>A page of entities: total, nodes, whether more follow.</summary>
public abstract class EntityConnectionType<TNode> : ObjectGraphType<(IReadOnlyList<NodeRef> Nodes, int TotalCount, int Offset, bool HasNext)>
    where TNode : IGraphType
{
    protected EntityConnectionType(string name, string what)
    {
        Name = name;
        Description = $"A page of {what}: how many match, the page, and whether more follow.";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description($"How many {what} match the filter.")
            .Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNode>>>>("nodes").Description($"The {what} of this page, in order.")
            .Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Whether more follow, and the cursor to ask for them with.")
            .Resolve(c => (c.Source.HasNext, c.Source.Nodes.Count > 0 ? Paging.Cursor(c.Source.Offset + c.Source.Nodes.Count) : null));
    }
}
