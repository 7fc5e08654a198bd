using GraphQL.Types;

namespace Qingdan.Graph.Server.Api.Schema;

/// <summary>Whether a connection has more, and the cursor to ask for them with.</summary>
public sealed class PageInfoType : ObjectGraphType<(bool HasNextPage, string? EndCursor)>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Whether more items follow this page, and the cursor to pass as after to get them.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("True when items follow this page.")
            .Resolve(c => c.Source.HasNextPage);
        Field<StringGraphType>("endCursor").Description("The cursor of the page's last item; null on an empty page.")
            .Resolve(c => c.Source.EndCursor);
    }
}
