using GraphQL.Types;

namespace Qingdan.Graph.Server.Api.Findings;

/// <summary>A finding of a page with its cursor.</summary>
public sealed class FindingEdgeType : ObjectGraphType<(string Cursor, FindingView Node)>
{
    public FindingEdgeType()
    {
        Name = "FindingEdge";
        Description = "A finding of a page, with the cursor that asks for the findings after it.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as after to get the findings after this one.")
            .Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<FindingType>>("node").Description("The finding.").Resolve(c => c.Source.Node);
    }
}
