using GraphQL;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Server.Api.Filtering;
using Qingdan.Graph.Server.Api.Findings;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Findings;

namespace Qingdan.Graph.Server.Api.Reports;

/// <summary>
/// The computed fields of people and companies (findingCount, relativesInFindings, awardedAmount), worked out when a query needs them
/// for every person and company of the snapshot, for the fields, for <c>where</c> (as the id set that satisfies it) and for
/// <c>order</c> (docs/api.md "Computed fields").
/// </summary>
internal sealed class EntityComputed
{
    public static readonly string[] PersonFields = ["findingCount", "relativesInFindings", "awardedAmount"];

    public static readonly string[] CompanyFields = ["findingCount", "awardedAmount"];

    private static readonly FilterBuilder<PersonComputed> PersonFilter = new FilterBuilder<PersonComputed>()
        .Int("findingCount", p => p.FindingCount).Int("relativesInFindings", p => p.RelativesInFindings)
        .Decimal("awardedAmount", p => p.AwardedAmount);

    private static readonly FilterBuilder<CompanyComputed> CompanyFilter = new FilterBuilder<CompanyComputed>()
        .Int("findingCount", c => c.FindingCount).Decimal("awardedAmount", c => c.AwardedAmount);

    private readonly ILookup<long, string?> _byOfficial;
    private readonly Dictionary<long, int> _byCompany;
    private readonly bool _evidence;

    /// <summary>The people and companies an <c>order</c> has read, kept so that each value is worked out once.</summary>
    private readonly Dictionary<EntityId, object?> _read = [];

    private EntityComputed(GraphSnapshot snapshot, ILookup<long, string?> byOfficial, Dictionary<long, int> byCompany, bool evidence)
    {
        Snapshot = snapshot;
        _byOfficial = byOfficial;
        _byCompany = byCompany;
        _evidence = evidence;
    }

    public GraphSnapshot Snapshot { get; }

    /// <summary>
    /// The computed values of every person and company the snapshot holds, each worked out when first read: a finding's
    /// evidence is read only when the request's <c>where</c> or <c>order</c> asks for relativesInFindings.
    /// </summary>
    public static async Task<EntityComputed> ForAsync(IResolveFieldContext c)
    {
        var holder = c.RequestServices!.GetRequiredService<RequestGraph>();
        var snapshot = await holder.SnapshotAsync(c.CancellationToken);
        var scope = await FindingQueries.Scope(c);
        var evidence = new[] { "where", "order" }.Any(name => c.Arguments?.ContainsKey(name) == true
            && Mentions(c.GetArgument<object?>(name), [RelativesField], Entities.EntityField.RelativesInFindings));
        await using var context = c.RequestServices!.GetRequiredService<StoreConnection>().CreateContext();
        var findings = await FindingQueries.Filter(context, null, scope)
            .Select(f => new { f.OfficialId, f.CompanyId, Body = evidence ? f.Body : null })
            .ToListAsync(c.CancellationToken);
        return new EntityComputed(
            snapshot,
            findings.ToLookup(f => f.OfficialId, f => f.Body),
            findings.GroupBy(f => f.CompanyId).ToDictionary(g => g.Key, g => g.Count()),
            evidence);
    }

    /// <summary>How many findings (the caller may read) the person is the official of.</summary>
    public int FindingsOfOfficial(long person) => _byOfficial[person].Count();

    /// <summary>How many findings (the caller may read) are about the company.</summary>
    public int FindingsOfCompany(long company) => _byCompany.GetValueOrDefault(company);

    /// <summary>The distinct relatives (self left out) on the evidence of the person's findings.</summary>
    public int RelativesInFindingsOf(long person)
    {
        if (!_evidence)
        {
            throw new InvalidOperationException($"{RelativesField} was read, but the request's where and order did not name it.");
        }

        var self = new EntityId(NodeKind.Person, person).ToString();
        return _byOfficial[person].OfType<string>().SelectMany(b => FindingBody.Parse(b).Relatives).Select(r => r.Id)
            .Where(r => r.Length > 0 && r != self).Distinct().Count();
    }

    /// <summary>Whether a <c>where</c> or <c>order</c> names one of the fields, at any depth.</summary>
    public static bool Mentions(object? value, string[] fields) =>
        Mentions(value, fields, Entities.EntityField.FindingCount, Entities.EntityField.AwardedAmount, Entities.EntityField.RelativesInFindings);

    private const string RelativesField = "relativesInFindings";

    private static bool Mentions(object? value, string[] fields, params Entities.EntityField[] orders) => value switch
    {
        IDictionary<string, object?> map => map.Any(p => fields.Contains(p.Key, StringComparer.Ordinal) || Mentions(p.Value, fields, orders)
            || (p.Value is Entities.EntityField field && orders.Contains(field))),
        IEnumerable<object?> list => list.Any(v => Mentions(v, fields, orders)),
        _ => false,
    };

    /// <summary>One person's or company's computed field, for its field on Person or Company.</summary>
    public static async Task<object?> OneAsync(IResolveFieldContext c, NodeRef node, string field)
    {
        if (field == "awardedAmount")
        {
            return node.Snapshot.KindOf(node.Index) == NodeKind.Person
                ? EntityMeasures.AwardedByPosts(node.Snapshot, node.Index)
                : EntityMeasures.AwardedAmount(node.Snapshot, node.Index);
        }

        var id = node.Snapshot.IdOf(node.Index);
        if (field == "findingCount")
        {
            var findings = await RequestFindingsAsync(c);
            return (id.Kind == NodeKind.Person ? findings.Official(id.Value) : findings.Company(id.Value)).Length;
        }

        await using var context = c.RequestServices!.GetRequiredService<StoreConnection>().CreateContext();
        var rows = FindingQueries.Filter(context, null, await FindingQueries.Scope(c));
        rows = id.Kind == NodeKind.Person ? rows.Where(f => f.OfficialId == id.Value) : rows.Where(f => f.CompanyId == id.Value);

        var self = id.ToString();
        return (await rows.Select(f => f.Body).ToListAsync(c.CancellationToken)).SelectMany(b => FindingBody.Parse(b).Relatives)
            .Select(r => r.Id).Where(r => r.Length > 0 && r != self).Distinct().Count();
    }

    /// <summary>The findings' rules by official and company, read once a request however many people and companies it shows
    /// (a page of 100 asks the store once, not a hundred times).</summary>
    private static async Task<FindingsOf> RequestFindingsAsync(IResolveFieldContext c)
    {
        var scope = await FindingQueries.Scope(c);
        var connection = c.RequestServices!.GetRequiredService<StoreConnection>();
        var cancellationToken = c.CancellationToken;
        Lazy<Task<FindingsOf>> findings;
        lock (c.UserContext)
        {
            if (c.UserContext.TryGetValue(nameof(RequestFindingsAsync), out var known) && known is Lazy<Task<FindingsOf>> cached)
            {
                findings = cached;
            }
            else
            {
                findings = new(async () =>
                {
                    await using var context = connection.CreateContext();
                    return await EntityMeasures.FindingsAsync(context, scope, cancellationToken);
                });
                c.UserContext[nameof(RequestFindingsAsync)] = findings;
            }
        }

        return await findings.Value;
    }

    /// <summary>The ids in the order's turn (name, id or a computed field), then by id.</summary>
    public IEnumerable<long> Order(NodeKind kind, IEnumerable<(long Id, string Name)> rows, List<Dictionary<string, object?>> order)
    {
        IOrderedEnumerable<(long Id, string Name)>? sorted = null;
        foreach (var item in order)
        {
            var field = (Entities.EntityField)item["field"]!;
            var descending = item.TryGetValue("direction", out var direction) && direction is Schema.SortDirection.Desc;
            Func<(long Id, string Name), object?> key = field switch
            {
                Entities.EntityField.Name => r => r.Name,
                Entities.EntityField.Id => r => r.Id,
                _ => r => Value(kind, r.Id, field),
            };
            sorted = sorted is null
                ? descending ? rows.OrderByDescending(key, Keys.Instance) : rows.OrderBy(key, Keys.Instance)
                : descending ? sorted.ThenByDescending(key, Keys.Instance) : sorted.ThenBy(key, Keys.Instance);
        }

        return (sorted ?? rows.OrderBy(r => r.Id)).ThenBy(r => r.Id).Select(r => r.Id);
    }

    private decimal? Value(NodeKind kind, long id, Entities.EntityField field)
    {
        if (kind == NodeKind.Person)
        {
            var person = (PersonComputed?)Read(new EntityId(NodeKind.Person, id));
            return field switch
            {
                Entities.EntityField.FindingCount => person?.FindingCount,
                Entities.EntityField.AwardedAmount => person?.AwardedAmount,
                _ => person?.RelativesInFindings,
            };
        }

        var company = (CompanyComputed?)Read(new EntityId(NodeKind.Company, id));
        return field switch
        {
            Entities.EntityField.FindingCount => company?.FindingCount,
            Entities.EntityField.AwardedAmount => company?.AwardedAmount,
            _ => 0,
        };
    }

    /// <summary>The people whose computed field satisfies the operators.</summary>
    public List<long> PeopleWhere(string field, IDictionary<string, object?> ops)
    {
        var keep = PersonFilter.Build(new Dictionary<string, object?> { [field] = ops }).Compile();
        return [.. All(NodeKind.Person).Select(node => new PersonComputed(this, Snapshot.IdOf(node).Value, node)).Where(keep)
            .Select(p => p.Id)];
    }

    /// <summary>The companies whose computed field satisfies the operators.</summary>
    public List<long> CompaniesWhere(string field, IDictionary<string, object?> ops)
    {
        var keep = CompanyFilter.Build(new Dictionary<string, object?> { [field] = ops }).Compile();
        return [.. All(NodeKind.Company).Select(node => new CompanyComputed(this, Snapshot.IdOf(node).Value, node)).Where(keep)
            .Select(c => c.Id)];
    }

    private IEnumerable<int> All(NodeKind kind) => Enumerable.Range(0, Snapshot.NodeCount).Where(node => Snapshot.KindOf(node) == kind);

    private object? Read(EntityId id)
    {
        if (!_read.TryGetValue(id, out var computed))
        {
            var node = Snapshot.IndexOf(id);
            _read[id] = computed = node < 0 ? null
                : id.Kind == NodeKind.Person ? new PersonComputed(this, id.Value, node) : new CompanyComputed(this, id.Value, node);
        }

        return computed;
    }
}

/// <summary>Orders names ordinally (as the store does) and numbers by value, nulls first.</summary>
internal sealed class Keys : IComparer<object?>
{
    public static readonly Keys Instance = new();

    public int Compare(object? x, object? y) => (x, y) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        (string a, string b) => string.CompareOrdinal(a, b),
        _ => Comparer<object>.Default.Compare(x, y),
    };
}

/// <summary>A person's computed fields, each worked out when first read.</summary>
internal sealed class PersonComputed(EntityComputed all, long id, int node)
{
    private int? _findings;
    private int? _relatives;

    public long Id => id;

    public int? FindingCount => _findings ??= all.FindingsOfOfficial(id);

    public int? RelativesInFindings => _relatives ??= all.RelativesInFindingsOf(id);

    public decimal? AwardedAmount => EntityMeasures.AwardedByPosts(all.Snapshot, node);
}

/// <summary>A company's computed fields, each worked out when first read.</summary>
internal sealed class CompanyComputed(EntityComputed all, long id, int node)
{
    private decimal? _awarded;

    public long Id => id;

    public int? FindingCount => all.FindingsOfCompany(id);

    public decimal? AwardedAmount => _awarded ??= EntityMeasures.AwardedAmount(all.Snapshot, node);
}
