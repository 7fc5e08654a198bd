using GraphQL.Types;
using Qingdan.Graph.Core.Graph;

namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>The paths a <c>paths</c> question found.</summary>
public sealed class PathsType : ObjectGraphType<(GraphSnapshot Snapshot, PathResult Result)>
{
    public PathsType()
    {
        Name = "Paths";
        Description = "The paths found between two entities, shortest first.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathType>>>>("paths").Description("The paths, shortest first.")
            .Resolve(c => c.Source.Result.Paths.Select(p => (c.Source.Snapshot, p)));
        Field<NonNullGraphType<BooleanGraphType>>("truncated").Description("True when maxPaths cut the list.")
            .Resolve(c => c.Source.Result.Truncated);
    }
}
