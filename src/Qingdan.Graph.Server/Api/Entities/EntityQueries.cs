using GraphQL;
using GraphQL.Types;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Server.Api.Schema;

namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>Investigators' graph questions: an entity by id, search, relatives, network, paths, ultimate owners.</summary>
internal static class EntityQueries
{
    private const string Id = "The entity's id (p_12, c_7, a_3, d_40).";

    public static void Add(ObjectGraphType query, ApiLimits limits)
    {
        query.Field<PersonType>("person").Description("A person by id; null when the graph has none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", Id)
            .ResolveAsync(c => Node(c, NodeKind.Person));
        query.Field<CompanyType>("company").Description("A company by id; null when the graph has none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", Id)
            .ResolveAsync(c => Node(c, NodeKind.Company));
        query.Field<AgencyType>("agency").Description("An agency by id; null when the graph has none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", Id)
            .ResolveAsync(c => Node(c, NodeKind.Agency));
        query.Field<DecisionType>("decision").Description("A decision by id; null when the graph has none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", Id)
            .ResolveAsync(c => Node(c, NodeKind.Decision));
        query.Field<EntityType>("entity").Description("Any entity by id; null when the graph has none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", Id)
            .ResolveAsync(c => Node(c, null));

        SearchQueries.Add(query, limits);

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelativeType>>>>("relatives")
            .Description("R(o) of RULES.md for a person: stated, inverse and derived relations, specific related persons.")
            .Argument<NonNullGraphType<IdGraphType>>("person", "The person's id (p_…).")
            .Argument<DateType>("asOf", "Only the relations valid on this day; all of them when omitted.")
            .ResolveAsync(async c =>
            {
                var node = await Graph(c).RequireAsync(c.GetArgument<string>("person"), c.CancellationToken);
                return (object?)PersonType.Relatives(node, c.GetArgument<DateOnly?>("asOf")).Select(r => (node, r)).ToList();
            });

        query.Field<NonNullGraphType<NetworkType>>("network")
            .Description("An entity's surroundings to n hops, at most capPerKind links of each kind per node, the rest counted.")
            .Argument<NonNullGraphType<IdGraphType>>("id", Id)
            .Argument<IntGraphType>("hops", "How many links away, 1 to Api:MaxHops.", a => a.DefaultValue = 1)
            .Argument<ListGraphType<NonNullGraphType<LinkKindType>>>(
                "via",
                "Only through links of these kinds; all kinds when omitted or empty.")
            .Argument<DateType>("asOf", EntityFields.AsOf)
            .Argument<IntGraphType>(
                "capPerKind",
                "At most this many links of each kind per entity; the rest are counted in more.",
                a => a.DefaultValue = 25)
            .ResolveAsync(async c =>
            {
                var hops = Hops(c.GetArgument("hops", 1), limits, "hops");
                var node = await Graph(c).RequireAsync(c.GetArgument<string>("id"), c.CancellationToken);
                var via = c.GetArgument<List<LinkKind>?>("via");
                var result = node.Snapshot.Neighbourhood(
                    node.Index,
                    hops,
                    c.GetArgument<DateOnly?>("asOf"),
                    via is { Count: > 0 } ? via.ToHashSet() : null,
                    Paging.Page(c.GetArgument("capPerKind", 25), limits));
                return (object?)(node.Snapshot, result);
            });

        query.Field<NonNullGraphType<PathsType>>("paths")
            .Description(
                "Simple paths between two entities, shortest first, up to maxHops links (≤ 6), through the given link kinds, valid on asOf.")
            .Argument<NonNullGraphType<IdGraphType>>("from", "The entity the paths start at.")
            .Argument<NonNullGraphType<IdGraphType>>("to", "The entity the paths end at.")
            .Argument<IntGraphType>("maxHops", "The most links a path may have, 1 to Api:MaxHops.", a => a.DefaultValue = 4)
            .Argument<ListGraphType<NonNullGraphType<LinkKindType>>>(
                "via",
                "Only through links of these kinds; all kinds when omitted or empty.")
            .Argument<DateType>("asOf", "Only through links valid on this day; any when omitted.")
            .Argument<IntGraphType>("maxPaths", "The most paths returned; truncated says when more were found.", a => a.DefaultValue = 20)
            .Argument<BooleanGraphType>("shortestOnly", "Only one shortest path.", a => a.DefaultValue = false)
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
                    MaxPaths = Paging.Page(c.GetArgument("maxPaths", 20), limits),
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

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UltimateOwnerType>>>>("ultimateOwners")
            .Description("People whose effective ownership of the company reaches minShare on the day, with the chains.")
            .Argument<NonNullGraphType<IdGraphType>>("company", "The company's id (c_…).")
            .Argument<DateType>("asOf", "The day; today when omitted.")
            .Argument<FloatGraphType>("minShare", "The least effective share reported, 0 to 1.", a => a.DefaultValue = 0.25)
            .ResolveAsync(async c =>
            {
                var node = await Graph(c).RequireAsync(c.GetArgument<string>("company"), c.CancellationToken);
                return (object?)Owners(node, c.GetArgument<DateOnly?>("asOf"), c.GetArgument("minShare", 0.25)).ToList();
            });
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

    private static int Hops(int hops, ApiLimits limits, string name) =>
        hops >= 1 && hops <= Math.Min(limits.MaxHops, PathSearch.MaxHopsLimit)
            ? hops
            : throw new ExecutionError(
                $"{name} is 1 to {Math.Min(limits.MaxHops, PathSearch.MaxHopsLimit)} links (Api:MaxHops); {hops} asked for.")
            { Code = "LIMIT" };

    private static RequestGraph Graph(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<RequestGraph>();

    private static async Task<object?> Node(IResolveFieldContext c, NodeKind? kind)
    {
        var node = await Graph(c).NodeAsync(c.GetArgument<string>("id"), c.CancellationToken);
        return node is not null && (kind is null || node.Kind == kind) ? node : null;
    }
}
