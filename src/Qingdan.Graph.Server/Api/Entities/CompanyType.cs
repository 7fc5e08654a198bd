using GraphQL;
using GraphQL.Types;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Server.Api.Findings;
using Qingdan.Graph.Server.Api.Schema;

namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>A company of the graph.</summary>
public sealed class CompanyType : ObjectGraphType<NodeRef>
{
    public CompanyType()
    {
        Name = "Company";
        Description = "A company as resolution merged the registries' records of it.";
        EntityFields.Add(this);
        EntityFields.Redacted(this, "company");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The registered name as the best record states it.")
            .Resolve(c => Co(c).Name);
        Field<StringGraphType>("creditCode").Description("Unified social credit code (GB 32100).").Resolve(c => Co(c).CreditCode?.Value);
        Field<IdentifierStatusType>("creditCodeStatus").Description("Whether the credit code checks: valid, masked or invalid.")
            .Resolve(c => Co(c).CreditCode is { } code ? Wire.Name(code.Status) : null);
        Field<NonNullGraphType<BooleanGraphType>>("listed").Description("True for a company listed on an exchange.")
            .Resolve(c => Co(c).Listed);
        Field<StringGraphType>("regionCode").Description("The administrative division code (GB/T 2260) of its registration.")
            .Resolve(c => Co(c).RegionCode);
        Field<StringGraphType>("industry").Description("The industry as the company registry states it.").Resolve(c => Co(c).Industry);
        Field<StringGraphType>("status").Description("The registration status as the company registry states it (存续, 注销…).")
            .Resolve(c => Co(c).Status);
        EntityFields.Facts(this, "shareholders", "Who holds shares in the company.", LinkKind.Ownership, outgoing: false);
        EntityFields.Facts(this, "holdings", "Stakes this company holds in others.", LinkKind.Ownership, outgoing: true);
        EntityFields.Facts(this, "officers", "People with offices or jobs at the company.", LinkKind.Role, outgoing: false);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UltimateOwnerType>>>>("ultimateOwners")
            .Description(
                "People whose effective ownership (product along chains, summed) reaches minShare on the day, with the chains (股权穿透).")
            .Argument<DateType>("asOf", "The day; today when omitted.")
            .Argument<FloatGraphType>("minShare", "The least effective share reported, 0 to 1.", a => a.DefaultValue = 0.25)
            .Resolve(c => EntityQueries.Owners(c.Source, c.GetArgument<DateOnly?>("asOf"), c.GetArgument("minShare", 0.25)));
        EntityFields.Events(this, "decisions", "Decisions that benefit the company.", LinkKind.Beneficiary, outgoing: false);
        Field<NonNullGraphType<IntGraphType>>("findingCount").Description("How many findings about the company the caller may read.")
            .ResolveAsync(c => Reports.EntityComputed.OneAsync(c, c.Source, "findingCount"));
        Field<NonNullGraphType<DecimalGraphType>>("awardedAmount").Description("The total of the decisions the company benefits from.")
            .ResolveAsync(c => Reports.EntityComputed.OneAsync(c, c.Source, "awardedAmount"));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingType>>>>("findings").Description("Findings about the company.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<FindingLoader>()
                .ForEntityAsync(c.Source.Id.Value, official: false, c.CancellationToken));
    }

    private static Company Co(IResolveFieldContext<NodeRef> c) => (Company)c.Source.Node;
}
