using GraphQL.Types;
using Qingdan.Graph.Ingest.Mappings;

namespace Qingdan.Graph.Server.Api.Ingest;

/// <summary>A reason a mapping cannot be used.</summary>
public sealed class MappingProblemType : ObjectGraphType<MappingProblem>
{
    public MappingProblemType()
    {
        Name = "MappingProblem";
        Description = "Why a mapping cannot be used, at a line of the mapping file.";
        Field<NonNullGraphType<StringGraphType>>("file").Description("The mapping file.").Resolve(c => c.Source.File);
        Field<NonNullGraphType<IntGraphType>>("line").Description("Its line; 0 when the problem is the whole file's.")
            .Resolve(c => c.Source.Line);
        Field<NonNullGraphType<StringGraphType>>("reason").Description("What is wrong and what to do.").Resolve(c => c.Source.Reason);
    }
}
