using GraphQL.Types;
using Qingdan.Graph.Server.Api.Entities;
using Qingdan.Graph.Server.Api.Schema;
using Qingdan.Graph.Store.Findings;

namespace Qingdan.Graph.Server.Api.Findings;

/// <summary>A link of a finding's evidence.</summary>
public sealed class EvidenceLinkType : ObjectGraphType<EvidenceLinkBody>
{
    public EvidenceLinkType()
    {
        Name = "EvidenceLink";
        Description = "A link of evidence as the sweep saw it, with its properties and the registry rows that state it.";
        Field<NonNullGraphType<LinkKindType>>("kind").Description("What the link states.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<IdGraphType>>("from").Description("The id of the entity it starts at.").Resolve(c => c.Source.From);
        Field<NonNullGraphType<IdGraphType>>("to").Description("The id of the entity it ends at.").Resolve(c => c.Source.To);
        Field<StringGraphType>("detail").Description("Relation, associate kind, role, participation role or transaction kind.")
            .Resolve(c => c.Source.AnyDetail);
        Field<DateType>("validFrom").Description("The first day it held; null when not known.").Resolve(c => c.Source.ValidFrom);
        Field<DateType>("validTo").Description("The last day it held; null while it still does.").Resolve(c => c.Source.ValidTo);
        Field<FloatGraphType>("share").Description("A shareholding's fraction, 0 to 1.").Resolve(c => c.Source.Share);
        Field<DecimalGraphType>("amount").Description("A transaction's or shareholding's amount, as stated.").Resolve(c => c.Source.Amount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceSourceType>>>>("sources").Description(
            "Every registry row that states it.").Resolve(c => c.Source.Sources);
    }
}
