using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Findings;

namespace Qingdan.Graph.Server.Api.Types;

/// <summary>A stored finding with its body parsed once.</summary>
public sealed class FindingView(FindingRow row)
{
    private JsonObject? _body;

    public FindingRow Row { get; } = row;

    public JsonObject Body => _body ??= JsonNode.Parse(Row.Body)?.AsObject() ?? [];
}

/// <summary>
/// Store reads of a request, batched: the first finding of a page that asks for its history loads
/// the history of every finding on the page in one query.
/// </summary>
public sealed class FindingLoader(StoreConnection connection)
{
    private readonly HashSet<long> _page = [];
    private Dictionary<long, List<FindingEventRow>>? _history;

    public void Register(IEnumerable<long> findings)
    {
        _page.UnionWith(findings);
        _history = null;
    }

    public async Task<IReadOnlyList<FindingEventRow>> HistoryAsync(long finding, CancellationToken cancellationToken)
    {
        if (_history is null || !_history.ContainsKey(finding))
        {
            _page.Add(finding);
            var ids = _page.ToList();
            await using var context = connection.CreateContext();
            _history = (await context.FindingEvents.AsNoTracking().Where(e => ids.Contains(e.FindingId)).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(cancellationToken))
                .GroupBy(e => e.FindingId).ToDictionary(g => g.Key, g => g.ToList());
            foreach (var id in ids)
            {
                _history.TryAdd(id, []);
            }
        }

        return _history[finding];
    }

    public async Task<IReadOnlyList<FindingView>> ForEntityAsync(long entity, bool official, CancellationToken cancellationToken)
    {
        await using var context = connection.CreateContext();
        var rows = await context.Findings.AsNoTracking()
            .Where(f => f.MergedIntoId == null && (official ? f.OfficialId == entity : f.CompanyId == entity))
            .OrderBy(f => f.Rule).ThenBy(f => f.Id).ToListAsync(cancellationToken);
        Register(rows.Select(r => r.Id));
        return rows.Select(r => new FindingView(r)).ToList();
    }
}

public sealed class FindingType : ObjectGraphType<FindingView>
{
    public FindingType()
    {
        Name = "Finding";
        Description = "A finding of a rule, keyed by (rule, official, company), with its evidence as the sweep saw it and its triage.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Row.Name);
        Field<NonNullGraphType<StringGraphType>>("rule").Resolve(c => c.Source.Row.Rule);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("variants").Resolve(c => Split(c.Source.Row.Variants));
        Field<NonNullGraphType<StringGraphType>>("severity").Resolve(c => c.Source.Row.Severity);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("reasons").Resolve(c => Strings(c.Source.Body["reasons"]));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("relations").Resolve(c => Split(c.Source.Row.Relations));
        Field<DecimalGraphType>("amount").Resolve(c => c.Source.Row.Amount);
        Field<NonNullGraphType<BooleanGraphType>>("active").Description("False once the latest sweep of the rule no longer finds it.").Resolve(c => c.Source.Row.Active);
        Field<NonNullGraphType<StringGraphType>>("triageStatus").Resolve(c => c.Source.Row.TriageStatus);
        Field<StringGraphType>("assignee").Resolve(c => c.Source.Row.Assignee);
        Field<NonNullGraphType<DateTimeGraphType>>("firstSeen").Resolve(c => DateTime.SpecifyKind(c.Source.Row.FirstSeenAt, DateTimeKind.Utc));
        Field<NonNullGraphType<DateTimeGraphType>>("lastSeen").Resolve(c => DateTime.SpecifyKind(c.Source.Row.LastSeenAt, DateTimeKind.Utc));
        Field<IdGraphType>("officialId").Resolve(c => $"p_{c.Source.Row.OfficialId}");
        Field<IdGraphType>("companyId").Resolve(c => $"c_{c.Source.Row.CompanyId}");
        Field<IdGraphType>("agencyId").Resolve(c => c.Source.Row.AgencyId is { } a ? $"a_{a}" : null);
        Field<PersonType>("official").Description("The official as the current graph holds them.")
            .ResolveAsync(async c => (object?)await Graph(c).NodeAsync($"p_{c.Source.Row.OfficialId}", c.CancellationToken));
        Field<CompanyType>("company").ResolveAsync(async c => (object?)await Graph(c).NodeAsync($"c_{c.Source.Row.CompanyId}", c.CancellationToken));
        Field<NonNullGraphType<ClauseType>>("clause").Resolve(c => c.Source.Body["clause"]?.AsObject() ?? []);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidencePathType>>>>("evidence").Description("Paths from the official to the company, each link with its sources, as the sweep saw them.")
            .Resolve(c => (c.Source.Body["evidence"] as JsonArray ?? []).OfType<JsonObject>());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DecisionType>>>>("decisions").Description("NL9: every decision behind the finding.")
            .ResolveAsync(async c =>
            {
                var decisions = new List<object>();
                foreach (var id in (c.Source.Body["decisions"] as JsonArray ?? []).Select(d => d?["id"]?.GetValue<string>()))
                {
                    if (await Graph(c).NodeAsync(id, c.CancellationToken) is { } node)
                    {
                        decisions.Add(node);
                    }
                }

                return (object?)decisions;
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceLinkType>>>>("transactions").Resolve(c => (c.Source.Body["transactions"] as JsonArray ?? []).OfType<JsonObject>());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FindingEventType>>>>("history")
            .ResolveAsync(async c => (object?)await c.RequestServices!.GetRequiredService<FindingLoader>().HistoryAsync(c.Source.Row.Id, c.CancellationToken));
    }

    private static RequestGraph Graph(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<RequestGraph>();

    internal static string[] Split(string text) => text.Split(',', StringSplitOptions.RemoveEmptyEntries);

    internal static IEnumerable<string> Strings(JsonNode? node) => (node as JsonArray ?? []).Select(n => n?.GetValue<string>()).OfType<string>();
}

public sealed class ClauseType : ObjectGraphType<JsonObject>
{
    public ClauseType()
    {
        Name = "Clause";
        Description = "The clause of the negative list the rule cites: the Chinese text, which stands, and the working translation.";
        Field<NonNullGraphType<IntGraphType>>("item").Resolve(c => c.Source["item"]?.GetValue<int>() ?? 0);
        Field<NonNullGraphType<StringGraphType>>("zh").Resolve(c => c.Source["zh"]?.GetValue<string>() ?? string.Empty);
        Field<NonNullGraphType<StringGraphType>>("en").Resolve(c => c.Source["en"]?.GetValue<string>() ?? string.Empty);
    }
}

public sealed class EvidencePathType : ObjectGraphType<JsonObject>
{
    public EvidencePathType()
    {
        Name = "EvidencePath";
        Field<NonNullGraphType<StringGraphType>>("shows").Resolve(c => c.Source["shows"]?.GetValue<string>() ?? string.Empty);
        Field<DateType>("on").Resolve(c => c.Source["on"]?.GetValue<string>() is { } day ? DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceNodeType>>>>("nodes").Resolve(c => (c.Source["nodes"] as JsonArray ?? []).OfType<JsonObject>());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceLinkType>>>>("links").Resolve(c => (c.Source["links"] as JsonArray ?? []).OfType<JsonObject>());
    }
}

public sealed class EvidenceNodeType : ObjectGraphType<JsonObject>
{
    public EvidenceNodeType()
    {
        Name = "EvidenceNode";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source["id"]?.GetValue<string>());
        Field<NonNullGraphType<StringGraphType>>("kind").Resolve(c => c.Source["kind"]?.GetValue<string>());
        Field<StringGraphType>("name").Resolve(c => c.Source["name"]?.GetValue<string>());
    }
}

public sealed class EvidenceLinkType : ObjectGraphType<JsonObject>
{
    private static readonly string[] Details = ["relation", "associate_kind", "role", "transaction_kind", "detail"];

    public EvidenceLinkType()
    {
        Name = "EvidenceLink";
        Field<NonNullGraphType<StringGraphType>>("kind").Resolve(c => c.Source["kind"]?.GetValue<string>());
        Field<NonNullGraphType<IdGraphType>>("from").Resolve(c => c.Source["from"]?.GetValue<string>());
        Field<NonNullGraphType<IdGraphType>>("to").Resolve(c => c.Source["to"]?.GetValue<string>());
        Field<StringGraphType>("detail").Resolve(c => Details.Select(d => c.Source[d]?.GetValue<string>()).FirstOrDefault(d => d is not null));
        Field<StringGraphType>("validFrom").Resolve(c => c.Source["valid_from"]?.GetValue<string>());
        Field<StringGraphType>("validTo").Resolve(c => c.Source["valid_to"]?.GetValue<string>());
        Field<FloatGraphType>("share").Resolve(c => c.Source["share"]?.GetValue<double>());
        Field<DecimalGraphType>("amount").Resolve(c => c.Source["amount"]?.GetValue<decimal>());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceSourceType>>>>("sources").Resolve(c => (c.Source["sources"] as JsonArray ?? []).OfType<JsonObject>());
    }
}

public sealed class EvidenceSourceType : ObjectGraphType<JsonObject>
{
    public EvidenceSourceType()
    {
        Name = "EvidenceSource";
        Field<NonNullGraphType<StringGraphType>>("bundle").Resolve(c => c.Source["bundle"]?.GetValue<string>());
        Field<NonNullGraphType<StringGraphType>>("file").Resolve(c => c.Source["file"]?.GetValue<string>());
        Field<NonNullGraphType<IntGraphType>>("line").Resolve(c => c.Source["line"]?.GetValue<int>());
    }
}

public sealed class FindingEventType : ObjectGraphType<FindingEventRow>
{
    public FindingEventType()
    {
        Name = "FindingEvent";
        Field<NonNullGraphType<DateTimeGraphType>>("at").Resolve(c => DateTime.SpecifyKind(c.Source.At, DateTimeKind.Utc));
        Field<NonNullGraphType<StringGraphType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("actor").Resolve(c => c.Source.Actor);
        Field<StringGraphType>("fromStatus").Resolve(c => c.Source.FromStatus);
        Field<StringGraphType>("toStatus").Resolve(c => c.Source.ToStatus);
        Field<StringGraphType>("text").Resolve(c => c.Source.Text);
        Field<StringGraphType>("sweep").Resolve(c => c.Source.SweepId is { } s ? $"s_{s}" : null);
    }
}
