using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Core.Text;

namespace Qingdan.Graph.Server.Api.Types;

/// <summary>Every question the API answers.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType(IOptions<ApiLimits> options)
    {
        var limits = options.Value;
        Name = "Query";

        Field<PersonType>("person").Argument<NonNullGraphType<IdGraphType>>("id").ResolveAsync(c => Node(c, NodeKind.Person));
        Field<CompanyType>("company").Argument<NonNullGraphType<IdGraphType>>("id").ResolveAsync(c => Node(c, NodeKind.Company));
        Field<AgencyType>("agency").Argument<NonNullGraphType<IdGraphType>>("id").ResolveAsync(c => Node(c, NodeKind.Agency));
        Field<DecisionType>("decision").Argument<NonNullGraphType<IdGraphType>>("id").ResolveAsync(c => Node(c, NodeKind.Decision));
        Field<EntityType>("entity").Argument<NonNullGraphType<IdGraphType>>("id").ResolveAsync(c => Node(c, null));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityType>>>>("search")
            .Description("People, companies and agencies by name (normalised as ingest normalises names: width, spaces, company suffixes), by identity number or by credit code.")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 20)
            .ResolveAsync(async c =>
            {
                var first = Page(c.GetArgument("first", 20), limits);
                var snapshot = await Graph(c).SnapshotAsync(c.CancellationToken);
                return (object?)Search(snapshot, c.GetArgument<string>("text"), first, identifiers: !Security.Access.IsAnalyst(c));
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelativeType>>>>("relatives")
            .Description("R(o) of RULES.md for a person: stated, inverse and derived relations, specific related persons.")
            .Argument<NonNullGraphType<IdGraphType>>("person").Argument<DateType>("asOf")
            .ResolveAsync(async c =>
            {
                var node = await Graph(c).RequireAsync(c.GetArgument<string>("person"), c.CancellationToken);
                return (object?)PersonType.Relatives(node, c.GetArgument<DateOnly?>("asOf")).Select(r => (node, r)).ToList();
            });

        Field<NonNullGraphType<NetworkType>>("network")
            .Description("An entity's surroundings to n hops, at most capPerKind links of each kind per node, the rest counted.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<IntGraphType>("hops", a => a.DefaultValue = 1)
            .Argument<ListGraphType<NonNullGraphType<LinkKindType>>>("via")
            .Argument<DateType>("asOf")
            .Argument<IntGraphType>("capPerKind", a => a.DefaultValue = 25)
            .ResolveAsync(async c =>
            {
                var hops = Hops(c.GetArgument("hops", 1), limits, "hops");
                var node = await Graph(c).RequireAsync(c.GetArgument<string>("id"), c.CancellationToken);
                var via = c.GetArgument<List<LinkKind>?>("via");
                var result = node.Snapshot.Neighbourhood(node.Index, hops, c.GetArgument<DateOnly?>("asOf"), via is { Count: > 0 } ? via.ToHashSet() : null, Page(c.GetArgument("capPerKind", 25), limits));
                return (object?)(node.Snapshot, result);
            });

        Field<NonNullGraphType<PathsType>>("paths")
            .Description("Simple paths between two entities, shortest first, up to maxHops links (≤ 6), through the given link kinds, valid on asOf.")
            .Argument<NonNullGraphType<IdGraphType>>("from")
            .Argument<NonNullGraphType<IdGraphType>>("to")
            .Argument<IntGraphType>("maxHops", a => a.DefaultValue = 4)
            .Argument<ListGraphType<NonNullGraphType<LinkKindType>>>("via")
            .Argument<DateType>("asOf")
            .Argument<IntGraphType>("maxPaths", a => a.DefaultValue = 20)
            .Argument<BooleanGraphType>("shortestOnly", a => a.DefaultValue = false)
            .ResolveAsync(async c =>
            {
                var hops = Hops(c.GetArgument("maxHops", 4), limits, "maxHops");
                var from = await Graph(c).RequireAsync(c.GetArgument<string>("from"), c.CancellationToken);
                var to = await Graph(c).RequireAsync(c.GetArgument<string>("to"), c.CancellationToken);
                var via = c.GetArgument<List<LinkKind>?>("via");
                var search = new PathSearch
                {
                    From = from.Index,
                    To = to.Index,
                    AsOf = c.GetArgument<DateOnly?>("asOf"),
                    Via = via is { Count: > 0 } ? via.ToHashSet() : null,
                    MaxHops = hops,
                    MaxPaths = Page(c.GetArgument("maxPaths", 20), limits),
                };
                try
                {
                    var result = c.GetArgument("shortestOnly", false)
                        ? new PathResult(from.Snapshot.ShortestPath(search) is { } path ? [path] : [], false)
                        : from.Snapshot.AllSimplePaths(search);
                    return (object?)(from.Snapshot, result);
                }
                catch (GraphLimitException limit)
                {
                    throw new ExecutionError(limit.Message) { Code = "LIMIT" };
                }
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UltimateOwnerType>>>>("ultimateOwners")
            .Description("People whose effective ownership of the company reaches minShare on the day, with the chains.")
            .Argument<NonNullGraphType<IdGraphType>>("company").Argument<DateType>("asOf").Argument<FloatGraphType>("minShare", a => a.DefaultValue = 0.25)
            .ResolveAsync(async c =>
            {
                var node = await Graph(c).RequireAsync(c.GetArgument<string>("company"), c.CancellationToken);
                return (object?)Owners(node, c.GetArgument<DateOnly?>("asOf"), c.GetArgument("minShare", 0.25)).ToList();
            });

        FindingQueries.Add(this, limits);
        AnalystQueries.Add(this, limits);
        HubQueries.Add(this, limits);
        Ingest.IngestFields.AddQueries(this);
    }

    internal static IEnumerable<(GraphSnapshot, UltimateOwner)> Owners(NodeRef company, DateOnly? asOf, double minShare)
    {
        if (company.Kind != NodeKind.Company)
        {
            throw new ExecutionError($"{company.Id} is not a company.") { Code = "BAD_ARGUMENT" };
        }

        var day = asOf ?? DateOnly.FromDateTime(DateTime.UtcNow);
        return company.Snapshot.UltimateOwners(company.Index, day, minShare).Select(o => (company.Snapshot, o));
    }

    internal static int Page(int first, ApiLimits limits) =>
        first is >= 0 and var ok && ok <= limits.MaxPageSize
            ? ok
            : throw new ExecutionError($"A page is 0 to {limits.MaxPageSize} items (Api:MaxPageSize); {first} asked for.") { Code = "LIMIT" };

    private static int Hops(int hops, ApiLimits limits, string name) =>
        hops >= 1 && hops <= Math.Min(limits.MaxHops, PathSearch.MaxHopsLimit)
            ? hops
            : throw new ExecutionError($"{name} is 1 to {Math.Min(limits.MaxHops, PathSearch.MaxHopsLimit)} links (Api:MaxHops); {hops} asked for.") { Code = "LIMIT" };

    private static RequestGraph Graph(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<RequestGraph>();

    private static async Task<object?> Node(IResolveFieldContext c, NodeKind? kind)
    {
        var node = await Graph(c).NodeAsync(c.GetArgument<string>("id"), c.CancellationToken);
        return node is not null && (kind is null || node.Kind == kind) ? node : null;
    }

    /// <summary>By normalised name, and by identifier unless <paramref name="identifiers"/> is false (analysts cannot search on identity numbers).</summary>
    private static List<NodeRef> Search(GraphSnapshot snapshot, string text, int first, bool identifiers)
    {
        var wanted = text.Trim();
        var normalized = NameNormalizer.Normalize(wanted);
        var identifier = Width.ToHalfWidth(wanted).ToUpperInvariant();
        var found = new List<NodeRef>();
        if (normalized.Length == 0)
        {
            return found;
        }

        var index = SearchIndex.For(snapshot);
        if (identifiers && index.Identifiers.TryGetValue(identifier, out var exact))
        {
            found.AddRange(exact.Select(n => new NodeRef(snapshot, n)));
        }

        for (var node = 0; node < index.Names.Length && found.Count < first; node++)
        {
            if (index.Names[node] is { } name && name.Contains(normalized, StringComparison.Ordinal) && !found.Exists(f => f.Index == node))
            {
                found.Add(new NodeRef(snapshot, node));
            }
        }

        return found.Take(first).ToList();
    }

    /// <summary>Normalised names and identifiers of a snapshot's people, companies and agencies, built once per snapshot.</summary>
    private sealed class SearchIndex
    {
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<GraphSnapshot, SearchIndex> Cache = new();

        public SearchIndex(GraphSnapshot snapshot)
        {
            Names = new string?[snapshot.NodeCount];
            for (var node = 0; node < snapshot.NodeCount; node++)
            {
                var (name, id) = snapshot.NodeOf(node) switch
                {
                    Person p => (p.Name, p.IdNumber?.Value),
                    Company c => (c.Name, c.CreditCode?.Value),
                    Agency a => (a.Name, a.Code?.Value),
                    _ => ((string?)null, (string?)null),
                };
                Names[node] = name is null ? null : NameNormalizer.Normalize(name);
                if (id is not null)
                {
                    if (!Identifiers.TryGetValue(id, out var list))
                    {
                        Identifiers[id] = list = [];
                    }

                    list.Add(node);
                }
            }
        }

        public string?[] Names { get; }

        public Dictionary<string, List<int>> Identifiers { get; } = new(StringComparer.Ordinal);

        public static SearchIndex For(GraphSnapshot snapshot) => Cache.GetValue(snapshot, s => new SearchIndex(s));
    }
}
