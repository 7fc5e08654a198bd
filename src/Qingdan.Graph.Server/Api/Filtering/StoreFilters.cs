using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Core.Rules;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Findings;
using Qingdan.Graph.Store.Graph;

namespace Qingdan.Graph.Server.Api.Filtering;

/// <summary>
/// The <c>where</c> filters of the analysts' connections over the store, nested through related
/// entities: a finding's official and company, a person's or company's findings, a decision's issuing
/// agency, beneficiary and the NL9 findings behind it.
/// </summary>
internal sealed class StoreFilters
{
    public StoreFilters(QingdanDbContext context, Reports.EntityComputed? computed = null)
    {
        People = new FilterBuilder<PersonRow>()
            .Id("id", p => p.Id).String("name", p => p.Name).String("idNumber", p => p
                .IdNumber).Date("birthDate", p => p.BirthDate).Word<Sex>("gender", p => p.Gender)
            .Nested("findings", filter =>
            {
                var predicate = Findings!.Build(filter);
                return p => context.Findings.Where(f => f.MergedIntoId == null).Where(predicate).Any(f => f.OfficialId == p.Id);
            });
        foreach (var field in Reports.EntityComputed.PersonFields)
        {
            People.Nested(field, ops =>
            {
                var ids = Computed(computed, field).PeopleWhere(field, ops);
                return p => ids.Contains(p.Id);
            });
        }

        Companies = new FilterBuilder<CompanyRow>()
            .Id("id", c => c.Id).String("name", c => c.Name).String("creditCode", c => c.CreditCode).String("industry", c => c.Industry)
            .String("regionCode", c => c.RegionCode).String("status", c => c.Status).Boolean("listed", c => c
                .Listed).Date("founded", c => c.Founded)
            .Nested("findings", filter =>
            {
                var predicate = Findings!.Build(filter);
                return c => context.Findings.Where(f => f.MergedIntoId == null).Where(predicate).Any(f => f.CompanyId == c.Id);
            });
        foreach (var field in Reports.EntityComputed.CompanyFields)
        {
            Companies.Nested(field, ops =>
            {
                var ids = Computed(computed, field).CompaniesWhere(field, ops);
                return c => ids.Contains(c.Id);
            });
        }

        Agencies = new FilterBuilder<AgencyRow>()
            .Id("id", a => a.Id).String("name", a => a.Name).String("regionCode", a => a.RegionCode).String("sectors", a => a.Sectors);
        Findings = new FilterBuilder<FindingRow>()
            .Id("id", f => f.Id).Word<RuleId>("rule", f => f.Rule).Word<Severity>("severity", f => f
                .Severity).Word<TriageStatus>("triageStatus", f => f.TriageStatus)
            .String("assignee", f => f.Assignee).String("variants", f => f.Variants).String("relations", f => f.Relations)
            .Boolean("active", f => f.Active).Decimal("amount", f => f.Amount).DateTime("firstSeen", f => f
                .FirstSeenAt).DateTime("lastSeen", f => f.LastSeenAt)
            .Id("officialId", f => f.OfficialId).Id("companyId", f => f.CompanyId).Id("agencyId", f => f.AgencyId ?? 0)
            .Nested("official", filter =>
            {
                var predicate = People.Build(filter);
                return f => context.People.Where(predicate).Any(p => p.Id == f.OfficialId);
            })
            .Nested("company", filter =>
            {
                var predicate = Companies.Build(filter);
                return f => context.Companies.Where(predicate).Any(c => c.Id == f.CompanyId);
            });
        Decisions = new FilterBuilder<DecisionRow>()
            .Id("id", d => d.Id).String("kind", d => d.DecisionKind).String("title", d => d.Name).Decimal("amount", d => d
                .Amount).String("currency", d => d.Currency)
            .Date("decidedDate", d => d.DecidedDate).Date("appliedDate", d => d
                .AppliedDate).Word<ProcurementMethod>("method", d => d.Method).Int("bidders", d => d.Bidders)
            .Nested("agency", filter =>
            {
                var predicate = Agencies.Build(filter);
                return d => context.Links.Any(l => l.Kind == LinkKind.Issued && l.ToEntityId == d.Id
                    && context.Agencies.Where(predicate).Any(a => a.Id == l.FromEntityId));
            })
            .Nested("beneficiary", filter =>
            {
                var predicate = Companies.Build(filter);
                return d => context.Links.Any(l => l.Kind == LinkKind.Beneficiary && l.FromEntityId == d.Id
                    && context.Companies.Where(predicate).Any(c => c.Id == l.ToEntityId));
            })
            .Nested("findings", filter =>
            {
                // An NL9 finding is behind the decision when the decision is in its evidence: its company benefits, its official
                // took part (both indexed, to narrow), and the finding lists the decision (a decision of a kind NL9 leaves out, or
                // decided outside the relation's validity, is not behind it though the official and company match). Asked from
                // the findings' side, as a set the decisions' ids are looked up in: the database plans it once, not per decision.
                var predicate = Findings.Build(filter);
                var behind =
                    from f in context.Findings.Where(f => f.MergedIntoId == null && f.Rule == RuleId.NL9).Where(predicate)
                    from b in context.Links
                    where b.Kind == LinkKind.Beneficiary && b.ToEntityId == f.CompanyId
                        && context.Links.Any(p =>
                            p.Kind == LinkKind.Participation && p.ToEntityId == b.FromEntityId && p.FromEntityId == f.OfficialId)
                        && f.Body.Contains("\"id\":\"d_" + b.FromEntityId + "\"")
                    select b.FromEntityId;
                return d => behind.Contains(d.Id);
            });
    }

    public FilterBuilder<PersonRow> People { get; }

    public FilterBuilder<CompanyRow> Companies { get; }

    public FilterBuilder<AgencyRow> Agencies { get; }

    public FilterBuilder<FindingRow> Findings { get; }

    public FilterBuilder<DecisionRow> Decisions { get; }

    private static Reports.EntityComputed Computed(Reports.EntityComputed? computed, string field) =>
        computed ?? throw new GraphQL.ExecutionError($"{field} filters only the people and companies connections and their stats.")
        {
            Code = "BAD_ARGUMENT",
        };
}
