using GraphQL;
using GraphQL.Types;
using Qingdan.Graph.Server.Api.Entities;
using Qingdan.Graph.Server.Api.Timeline;

namespace Qingdan.Graph.Server.Api.Findings;

/// <summary>A finding of a rule, with its evidence and triage.</summary>
public sealed class FindingType : ObjectGraphType<FindingView>
{
    public FindingType()
    {
        Name = "Finding";
        Description = "A finding of a rule, keyed by (rule, official, company), with its evidence as the sweep saw it and its triage.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The finding's id (f_ and a number); it stays across sweeps.")
            .Resolve(c => c.Source.Row.Name);
        Field<NonNullGraphType<RuleCodeType>>("rule").Description("The rule that found it.").Resolve(c => c.Source.Row.Rule);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("variants").Description(
            "The rule's variants it matches, as RULES.md names them.").Resolve(c => Split(c.Source.Row.Variants));
        Field<NonNullGraphType<SeverityType>>("severity").Description("How serious it is (docs/severity.md).")
            .Resolve(c => c.Source.Row.Severity);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("reasons").Description(
            "Why it has that severity, a line each.").Resolve(c => c.Source.Body.Reasons);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("relations").Description(
            "How the official is related to the people behind it (self, spouse, child…).").Resolve(c => Split(c.Source.Row.Relations));
        Field<DecimalGraphType>("amount").Description("The largest transaction or decision amount behind it, in yuan.")
            .Resolve(c => c.Source.Row.Amount);
        Field<NonNullGraphType<BooleanGraphType>>("active").Description("False once the latest sweep of the rule no longer finds it.")
            .Resolve(c => c.Source.Row.Active);
        Field<NonNullGraphType<TriageStatusType>>("triageStatus").Description("Where the investigator's work on it stands.")
            .Resolve(c => c.Source.Row.TriageStatus);
        Field<StringGraphType>("assignee").Description("Who it is assigned to; null when nobody.").Resolve(c => c.Source.Row.Assignee);
        Field<NonNullGraphType<DateTimeGraphType>>("firstSeen").Description("When a sweep first found it (UTC).")
            .Resolve(c => DateTime.SpecifyKind(c.Source.Row.FirstSeenAt, DateTimeKind.Utc));
        Field<NonNullGraphType<DateTimeGraphType>>("lastSeen").Description("When a sweep last found it (UTC).")
            .Resolve(c => DateTime.SpecifyKind(c.Source.Row.LastSeenAt, DateTimeKind.Utc));
        Field<IdGraphType>("officialId").Description("The official's id (p_…).").Resolve(c => $"p_{c.Source.Row.OfficialId}");
        Field<IdGraphType>("companyId").Description("The company's id (c_…).").Resolve(c => $"c_{c.Source.Row.CompanyId}");
        Field<IdGraphType>("agencyId").Description(
            "The agency behind it (a_…): NL4's jurisdiction post, NL9's issuer, else the official's latest post.")
            .Resolve(c => c.Source.Row.AgencyId is { } a ? $"a_{a}" : null);
        Field<PersonType>("official").Description("The official as the current graph holds them.")
            .ResolveAsync(async c => (object?)await Graph(c).NodeAsync($"p_{c.Source.Row.OfficialId}", c.CancellationToken));
        Field<CompanyType>("company").Description("The company as the current graph holds it.")
            .ResolveAsync(async c => (object?)await Graph(c).NodeAsync($"c_{c.Source.Row.CompanyId}", c.CancellationToken));
        Field<NonNullGraphType<ClauseType>>("clause").Description("The clause of the negative list the rule cites.")
            .Resolve(c => c.Source.Body.Clause);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidencePathType>>>>("evidence").Description(
            "Paths from the official to the company, each link with its sources, as the sweep saw them.")
            .Resolve(c => c.Source.Body.Evidence);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DecisionType>>>>("decisions").Description(
            "NL9: every decision behind the finding.")
            .ResolveAsync(async c =>
            {
                var decisions = new List<object>();
                foreach (var decision in c.Source.Body.Decisions)
                {
                    if (await Graph(c).NodeAsync(decision.Id, c.CancellationToken) is { } node)
                    {
                        decisions.Add(node);
                    }
                }

                return (object?)decisions;
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceLinkType>>>>("transactions").Description(
            "NL3: the transactions behind the finding, as the sweep saw them.")
            .Resolve(c => c.Source.Body.Transactions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceReportType>>>>("reports").Description(
            "REP: every personal-matters report that left the interest out, as the sweep saw them; empty for the other rules.")
            .Resolve(c => c.Source.Body.Reports);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingEventType>>>>("history").Description(
            "Everything that happened to it, oldest first: sweeps and triage.")
            .ResolveAsync(async c => (object?)await c.RequestServices!.GetRequiredService<FindingLoader>()
                .HistoryAsync(c.Source.Row.Id, c.CancellationToken));
        TimelineFields.AddHeldDuring(this);
        Cases.CaseQueries.AddToFinding(this);
    }

    internal static string[] Split(string text) => text.Split(',', StringSplitOptions.RemoveEmptyEntries);

    private static RequestGraph Graph(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<RequestGraph>();
}
