using GraphQL.Types;
using Qingdan.Graph.Store.Findings;

namespace Qingdan.Graph.Server.Api.Findings;

/// <summary>The registry row an evidence link comes from.</summary>
public sealed class EvidenceSourceType : ObjectGraphType<EvidenceSourceBody>
{
    public EvidenceSourceType()
    {
        Name = "EvidenceSource";
        Description = "A registry row behind a link of evidence: the bundle, the file in it, the line (the header is line 1).";
        Field<NonNullGraphType<StringGraphType>>("bundle").Description("The bundle's id.").Resolve(c => c.Source.Bundle);
        Field<NonNullGraphType<StringGraphType>>("file").Description("The file in the bundle.").Resolve(c => c.Source.File);
        Field<NonNullGraphType<IntGraphType>>("line").Description("The line in the file; the header is line 1.")
            .Resolve(c => c.Source.Line);
    }
}
