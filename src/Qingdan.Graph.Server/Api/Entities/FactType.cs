using GraphQL.Types;
using Qingdan.Graph.Server.Api.Schema;

namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>A link with its validity, properties and every source row.</summary>
public sealed class FactType : ObjectGraphType<LinkRef>
{
    public FactType()
    {
        Name = "Fact";
        Description = "A dated link between two entities, as the registries state it.";
        Field<NonNullGraphType<LinkKindType>>("kind").Description("What the link states.").Resolve(c => c.Source.Fact.Kind);
        Field<NonNullGraphType<EntityType>>("from").Description(
            "The entity the link starts at (the holder, the relative's kin, the payer…).").Resolve(c => c.Source.From);
        Field<NonNullGraphType<EntityType>>("to").Description("The entity the link ends at.").Resolve(c => c.Source.To);
        Field<StringGraphType>("detail").Description("Relation, associate kind, role, participation role or transaction kind.")
            .Resolve(c => c.Source.Fact.Detail);
        Field<DateType>("validFrom").Description("The first day it holds; null when not known.").Resolve(c => c.Source.Fact.Start);
        Field<DateType>("validTo").Description("The last day it holds; null while it still does.").Resolve(c => c.Source.Fact.End);
        Field<FloatGraphType>("share").Description("A shareholding's fraction, 0 to 1.").Resolve(c => c.Source.Fact.Share);
        Field<DecimalGraphType>("amount").Description("A transaction's amount, or a shareholding's subscribed capital, as stated.")
            .Resolve(c => c.Source.Fact.Amount);
        Field<DecimalGraphType>("monthlySalary").Description("A role's monthly salary, as stated.")
            .Resolve(c => c.Source.Fact.MonthlySalary);
        Field<BooleanGraphType>("nominal").Description("True for a role held in name only (挂名).").Resolve(c => c.Source.Fact.Nominal);
        Field<StringGraphType>("title").Description("A post's or role's title.").Resolve(c => c.Source.Fact.Title);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources").Description("Every registry row that states it.")
            .Resolve(c => c.Source.Snapshot.SourcesOf(c.Source.Link));
    }
}
