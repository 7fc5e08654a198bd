using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Server.Api.Entities;
using Qingdan.Graph.Server.Api.Filtering;
using Qingdan.Graph.Server.Api.Findings;
using Qingdan.Graph.Server.Api.Reports.Stats;
using Qingdan.Graph.Store.Database;

namespace Qingdan.Graph.Server.Api.Reports;

/// <summary>
/// <c>peopleStats</c>: the snapshot's people the caller may read (a <c>where</c> is answered by the store, as the id set the
/// walk keeps), each with their latest post's agency and rank, their relatives, their findings and what their posts' agencies
/// decided while they held them.
/// </summary>
internal static class PeopleStats
{
    public static readonly StatSubject<PersonFact> Subject = new(
        "Person",
        "people",
        [
            new("REGION", "region", typeof(StringGraphType), "The region code of the agency of their latest post", p => StatKey.Of(p.Region)),
            new("GENDER", "gender", typeof(GenderType), "The gender", p => StatKey.Of(p.Gender)),
            new("OFFICIAL", "official", typeof(BooleanGraphType), "Whether they hold or held a post", p => new StatKey(p.Official)),
            new("RANK", "rank", typeof(StringGraphType), "The rank of their latest post at its agency", p => StatKey.Of(p.Rank)),
            new("AGENCY", "agency", typeof(IdGraphType), "The agency of their latest post", p => StatKey.Of(p.Agency, p.AgencyName))
            {
                LabelField = "agencyName",
            },
            new("RELATIVES_BUCKET", "relativesBucket", typeof(StringGraphType), "How many relatives: 0, 1, 2-3 or 4+",
                p => new StatKey(Bucket(p.Relatives))),
            new("IN_FINDINGS", "inFindings", typeof(BooleanGraphType), "Whether they are the official of a finding",
                p => new StatKey(p.Rules.Length > 0)),
            new("FINDING_RULE", "findingRule", typeof(RuleCodeType), "A rule of their findings (each counts)", _ => null)
            {
                Values = p => p.Rules.Distinct().Select(r => new StatKey(r)),
            },
        ],
        [
            new("RELATIVES", "How many relatives and related persons", p => p.Relatives),
            new("FINDINGS", "How many findings they are the official of", p => p.Rules.Length),
            new("AWARDED_AMOUNT", "The total of the decisions their posts' agencies issued while they held the posts", p => p.Awarded),
        ]);

    public static void Add(ObjectGraphType query) =>
        StatFields.Add<PersonFact, PersonStatType, PersonGroupType, PersonStatConditionType, PersonStatOrderType, PersonFilterType>(
            query,
            "peopleStats",
            "People grouped by any of their dimensions and their neighbours' (PersonGroup), with count, distinct, sum, avg, min and " +
            "max, having, order and first — e.g. officials per agency and rank with their findings and awarded amounts.",
            Subject,
            LoadAsync);

    internal static string Bucket(int relatives) => relatives switch
    {
        0 => "0",
        1 => "1",
        <= 3 => "2-3",
        _ => "4+",
    };

    private static async Task<IEnumerable<PersonFact>> LoadAsync(IResolveFieldContext c)
    {
        var neighbours = await NeighbourNames.ForAsync(c);
        var snapshot = neighbours.Snapshot;
        var scope = await FindingQueries.Scope(c);
        await using var context = c.RequestServices!.GetRequiredService<StoreConnection>().CreateContext();
        HashSet<long>? only = null;
        if (c.GetArgument<Dictionary<string, object?>?>("where") is { } where)
        {
            var computed = EntityComputed.Mentions(where, EntityComputed.PersonFields) ? await EntityComputed.ForAsync(c) : null;
            only = (await context.People.AsNoTracking().Where(new StoreFilters(context, computed).People.Build(where)).Select(p => p.Id)
                .ToListAsync(c.CancellationToken)).ToHashSet();
        }

        var findings = await EntityMeasures.FindingsAsync(context, scope, c.CancellationToken);
        var ranks = StatUse.Of(c, StatQuery.Read(c))?.Contains("RANK") == false ? [] : await RanksAsync(context, c.CancellationToken);
        var facts = new List<PersonFact>();
        foreach (var person in PerSnapshot<PersonBase[]>.Of(snapshot, Bases))
        {
            if (only?.Contains(person.Id) == false || scope?.Keeps(NodeKind.Person, person.Id) == false)
            {
                continue;
            }

            var issuer = person.Agency is { } a ? neighbours.Agency(a) : default;
            facts.Add(new PersonFact(snapshot, person.Node)
            {
                Gender = person.Gender,
                Official = person.Agency is not null,
                Agency = person.Agency is { } ai ? $"a_{ai}" : null,
                AgencyName = issuer.Name,
                Region = issuer.Region,
                Rank = person.Agency is { } ar ? ranks.GetValueOrDefault((person.Id, ar)) : null,
                Rules = findings.Official(person.Id),
            });
        }

        return facts;
    }

    /// <summary>Every person of the snapshot with their gender and the agency of their latest post.</summary>
    private static PersonBase[] Bases(Core.Graph.GraphSnapshot snapshot)
    {
        var people = new List<PersonBase>();
        for (var node = 0; node < snapshot.NodeCount; node++)
        {
            if (snapshot.KindOf(node) == NodeKind.Person)
            {
                var post = LatestPost(snapshot, node);
                people.Add(new PersonBase(
                    node,
                    snapshot.IdOf(node).Value,
                    ((Person)snapshot.NodeOf(node)).Gender is { } g ? Wire.Name(g) : null,
                    post is { } p ? snapshot.IdOf(snapshot.ToOf(p)).Value : null));
            }
        }

        return [.. people];
    }

    /// <summary>The rank of each person's latest stated post at each agency.</summary>
    private static async Task<Dictionary<(long Person, long Agency), string?>> RanksAsync(
        QingdanDbContext context, CancellationToken cancellationToken) =>
        (await context.Links.AsNoTracking().Where(l => l.Kind == LinkKind.Position && l.Rank != null)
            .Select(l => new { l.FromEntityId, l.ToEntityId, l.Rank, l.StartDate })
            .ToListAsync(cancellationToken))
        .OrderBy(p => p.StartDate)
        .GroupBy(p => (p.FromEntityId, p.ToEntityId))
        .ToDictionary(g => g.Key, g => g.Last().Rank);

    /// <summary>The person's post that started last (the last listed of those that start together), or null for one who held none.</summary>
    private static int? LatestPost(Core.Graph.GraphSnapshot snapshot, int node)
    {
        int? latest = null;
        var latestStart = DateOnly.MinValue;
        foreach (var link in snapshot.LinksFrom(node))
        {
            var start = snapshot.ValidityOf(link).Start ?? DateOnly.MinValue;
            if (snapshot.LinkKindOf(link) == LinkKind.Position && (latest is null || start >= latestStart))
            {
                (latest, latestStart) = (link, start);
            }
        }

        return latest;
    }
}

/// <summary>A person as the snapshot alone says: node, id, gender and the agency of the latest post (null for no post).</summary>
internal readonly record struct PersonBase(int Node, long Id, string? Gender, long? Agency);

/// <summary>A person as <c>peopleStats</c> groups them; relatives and awarded amount are worked out when a report asks.</summary>
internal sealed class PersonFact(Core.Graph.GraphSnapshot snapshot, int node)
{
    private int? _relatives;
    private decimal? _awarded;

    public string? Gender { get; init; }

    public bool Official { get; init; }

    public string? Agency { get; init; }

    public string? AgencyName { get; init; }

    public string? Region { get; init; }

    public string? Rank { get; init; }

    public int Relatives => _relatives ??= EntityMeasures.Relatives(snapshot, node).Count();

    public Core.Rules.RuleId[] Rules { get; init; } = [];

    public decimal? Awarded => Official ? _awarded ??= EntityMeasures.AwardedByPosts(snapshot, node) : null;
}
