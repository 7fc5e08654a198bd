using GraphQL;
using GraphQL.Types;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Server.Api.Schema;

namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>A decision of the graph: an award, a licence, an approval.</summary>
public sealed class DecisionType : ObjectGraphType<NodeRef>
{
    public DecisionType()
    {
        Name = "Decision";
        Description = "A decision an agency issued: a procurement award, a licence, an approval, a subsidy….";
        EntityFields.Add(this);
        Field<NonNullGraphType<StringGraphType>>("kind").Description("The kind, as the registry names it (procurement_award, licence…).")
            .Resolve(c => D(c).Kind);
        Field<StringGraphType>("title").Description("The title, as published.").Resolve(c => D(c).Title);
        Field<DecimalGraphType>("amount").Description("The amount, as stated.").Resolve(c => D(c).Amount);
        Field<StringGraphType>("currency").Description("The amount's currency (ISO 4217).").Resolve(c => D(c).Currency);
        Field<DateType>("appliedDate").Description("The day it was applied for, when known.").Resolve(c => D(c).AppliedDate);
        Field<NonNullGraphType<DateType>>("decidedDate").Description("The day it was decided.").Resolve(c => D(c).DecidedDate);
        Field<ProcurementMethodType>("method").Description("How a procurement was tendered.")
            .Resolve(c => D(c).Method is { } m ? Wire.Name(m) : null);
        Field<IntGraphType>("bidders").Description("How many bids a procurement received.").Resolve(c => D(c).Bidders);
        EntityFields.Events(this, "issuedBy", "The agency that issued it.", LinkKind.Issued, outgoing: false);
        EntityFields.Events(this, "beneficiaries", "The companies it benefits.", LinkKind.Beneficiary, outgoing: true);
        EntityFields.Events(this, "participants", "The people who took part in it.", LinkKind.Participation, outgoing: false);
        EntityFields.Events(this, "tenders", "The companies that tendered, winners included.", LinkKind.Bid, outgoing: false);
    }

    private static Decision D(IResolveFieldContext<NodeRef> c) => (Decision)c.Source.Node;
}
