using GraphQL.Types;
using Qingdan.Graph.Server.Api.Entities;
using Qingdan.Graph.Store.Findings;

namespace Qingdan.Graph.Server.Api.Findings;

/// <summary>An entity on an evidence path.</summary>
public sealed class EvidenceNodeType : ObjectGraphType<EvidenceNodeBody>
{
    public EvidenceNodeType()
    {
        Name = "EvidenceNode";
        Description = "An entity on an evidence path, as the sweep saw it.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The entity's id.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<EntityKindType>>("kind").Description("The entity's kind.").Resolve(c => c.Source.Kind);
        Field<StringGraphType>("name").Description("Its name then (a decision's title, else its kind).").Resolve(c => c.Source.Name);
    }
}
