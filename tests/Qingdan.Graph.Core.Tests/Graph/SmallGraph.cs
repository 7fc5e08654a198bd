using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Tests.Graph;

/// <summary>Builds small graphs in code: people, companies and agencies by name, links by one call each.</summary>
internal sealed class SmallGraph
{
    private readonly GraphSnapshotBuilder _builder = new();
    private readonly Dictionary<string, EntityId> _ids = [];
    private int _line;
    private int _reports;

    public static DateOnly D(int year, int month = 1, int day = 1) => new(year, month, day);

    public SmallGraph Person(string name) => Add(name, id => new Person { Id = id, Name = name }, NodeKind.Person);

    public SmallGraph Company(string name, string region = "440802", string industry = "F51", bool listed = false) =>
        Add(name, id => new Company { Id = id, Name = name, RegionCode = region, Industry = industry, Listed = listed }, NodeKind.Company);

    public SmallGraph Agency(string name, string region, params string[] sectors) =>
        Add(name, id => new Agency { Id = id, Name = name, RegionCode = region, Sectors = sectors }, NodeKind.Agency);

    public SmallGraph Decision(
        string name,
        string kind,
        DateOnly decided,
        decimal amount = 500_000m,
        ProcurementMethod? method = null,
        int? bidders = null) =>
        Add(
            name,
            id => new Decision { Id = id, Kind = kind, DecidedDate = decided, Amount = amount, Method = method, Bidders = bidders },
            NodeKind.Decision);

    public SmallGraph Link(
        LinkKind kind, string from, string to, string? detail = null, DateOnly? start = null, DateOnly? end = null, double? share = null, string bundle = "test",
        decimal? amount = null, decimal? salary = null, bool? nominal = null)
    {
        _builder.AddLink(new SnapshotLink
        {
            Kind = kind,
            From = _ids[from].Value,
            To = _ids[to].Value,
            Detail = detail,
            Start = start,
            End = end,
            Share = share,
            Amount = amount,
            MonthlySalary = salary,
            Nominal = nominal,
            Source = new SourceRef(bundle, $"{kind}.csv", ++_line),
        });
        return this;
    }

    public SmallGraph Post(string person, string agency, DateOnly? start = null, DateOnly? end = null)
        => Link(LinkKind.Position, person, agency, null, start, end);

    public SmallGraph Role(
        string person,
        string company,
        string role,
        DateOnly? start = null,
        DateOnly? end = null,
        decimal? salary = null,
        bool nominal = false) =>
        Link(LinkKind.Role, person, company, role, start, end, salary: salary, nominal: nominal);

    public SmallGraph Pays(string from, string to, string kind, DateOnly date, decimal amount = 50_000m) =>
        Link(LinkKind.Transaction, from, to, kind, date, amount: amount);

    public SmallGraph Family(string person, string relative, string relation, DateOnly? start = null, DateOnly? end = null) =>
        Link(LinkKind.Family, person, relative, relation, start, end);

    public SmallGraph Owns(
        string holder,
        string company,
        double share,
        DateOnly? start = null,
        DateOnly? end = null,
        string bundle = "test") =>
        Link(LinkKind.Ownership, holder, company, null, start, end, share, bundle);

    /// <summary>A personal-matters report of <paramref name="official"/> on <paramref name="day"/>; an item names a person, and a
    /// company for a holding or post (<c>"relative:spouse"</c>, <c>"holding:spouse:firm"</c>, <c>"post:o:firm"</c>).</summary>
    public SmallGraph Report(string official, DateOnly day, params string[] items)
    {
        var id = ++_reports;
        _builder.AddReport(new PersonalReport
        {
            Id = id,
            Registry = "cadre",
            Ref = $"r{id}",
            Person = _ids[official],
            ReportDate = day,
            Source = new SourceRef("test", "reports.csv", id + 1),
            Items = [.. items.Select((item, i) =>
            {
                var parts = item.Split(':');
                var kind = Wire.TryParse<ReportItemKind>(parts[0], out var k) ? k.Value : throw new ArgumentException(item);
                return new PersonalReportItem
                {
                    Kind = kind,
                    Person = _ids[parts[1]],
                    Company = kind == ReportItemKind.Relative ? null : _ids[parts[2]],
                    Source = new SourceRef("test", "report_items.csv", i + 2),
                };
            })],
        });
        return this;
    }

    public GraphSnapshot Build() => _builder.Build(version: 1);

    public int this[GraphSnapshot snapshot, string name] => snapshot.IndexOf(_ids[name]);

    public string NameOf(GraphSnapshot snapshot, int node) => _ids.Single(pair => pair.Value == snapshot.IdOf(node)).Key;

    private SmallGraph Add(string name, Func<EntityId, object> node, NodeKind kind)
    {
        var id = new EntityId(kind, _ids.Count + 1);
        _ids[name] = id;
        _builder.AddNode(node(id));
        return this;
    }
}
