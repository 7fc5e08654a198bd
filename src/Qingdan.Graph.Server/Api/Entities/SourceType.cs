using GraphQL.Types;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>The registry row a fact comes from.</summary>
public sealed class SourceType : ObjectGraphType<SourceRef>
{
    public SourceType()
    {
        Name = "Source";
        Description = "A registry row: the bundle, the file in it, the line (the header is line 1).";
        Field(s => s.Bundle).Description("The bundle's id.");
        Field(s => s.File).Description("The file in the bundle.");
        Field(s => s.Line).Description("The line in the file; the header is line 1.");
    }
}
