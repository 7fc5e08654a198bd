using GraphQL.Types;

namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>A ranked search result with the reason it matched.</summary>
public sealed class SearchHitType : ObjectGraphType<SearchHit>
{
    public SearchHitType()
    {
        Name = "SearchHit";
        Description = "One result of searchHits, in rank order: the entity and why it matched.";
        Field<NonNullGraphType<EntityType>>("entity").Description("The person, company or agency.").Resolve(c => c.Source.Entity);
        Field<NonNullGraphType<SearchFieldType>>("field").Description("The field that matched.").Resolve(c => c.Source.Field);
        Field<NonNullGraphType<SearchMatchType>>("match").Description("Exact, prefix or substring: the hit's tier.").Resolve(c => c.Source.Match);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The matched field as the entity's best record states it.")
            .Resolve(c => c.Source.Text);
        Field<NonNullGraphType<BooleanGraphType>>("official").Description("A person holding or having held a post (ranked before the " +
            "rest of the tier).").Resolve(c => c.Source.Official);
        Field<NonNullGraphType<BooleanGraphType>>("withFindings").Description("The official or company of an active finding (ranked " +
            "first in the tier).").Resolve(c => c.Source.WithFindings);
    }
}
