using GraphQL.Types;
using Qingdan.Graph.Store.Findings;

namespace Qingdan.Graph.Server.Api.Findings;

/// <summary>The clause a finding's rule cites.</summary>
public sealed class ClauseType : ObjectGraphType<ClauseBody>
{
    public ClauseType()
    {
        Name = "Clause";
        Description = "The clause the rule cites — an item of the negative list, or for REP the report regulation's article and the " +
            "breach it constitutes: the Chinese text, which stands, and the working translation.";
        Field<NonNullGraphType<IntGraphType>>("item").Description("The item of the negative list (3, 4, 5, 9); for REP the regulation's article (4).")
            .Resolve(c => c.Source.Item);
        Field<NonNullGraphType<StringGraphType>>("zh").Description("The clause in Chinese, which stands.").Resolve(c => c.Source.Zh);
        Field<NonNullGraphType<StringGraphType>>("en").Description("The working English translation.").Resolve(c => c.Source.En);
        Field<StringGraphType>("regulation").Description(
            "REP: the text the clause is from (the report regulation), whose article item gives; null for the negative list's items.")
            .Resolve(c => c.Source.Regulation);
    }
}
