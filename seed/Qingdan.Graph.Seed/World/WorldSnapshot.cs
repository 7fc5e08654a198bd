using System.Globalization;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Seed.World;

/// <summary>
/// The seed world as a graph snapshot without the registries in between: each fact once, as the
/// store would hold it after a clean ingest. Lets the rules run on worlds the truth checker reads
/// directly (the differential test), and on the province world without ingesting it.
/// </summary>
internal static class WorldSnapshot
{
    private const long CompanyBase = 1L << 32;
    private const long AgencyBase = 2L << 32;
    private const long DecisionBase = 3L << 32;

    /// <summary>The basis the cadre registry states for every specific related person (RegistryExporter).</summary>
    private const string AssociateBasis = "信访举报核实";

    public static EntityId PersonId(int person) => new(NodeKind.Person, person + 1L);

    public static EntityId CompanyId(int company) => new(NodeKind.Company, CompanyBase + company + 1);

    /// <summary>The seed person or company a snapshot node stands for.</summary>
    public static int SeedIndex(EntityId id) => (int)((id.Value & 0xFFFF_FFFFL) - 1);

    public static GraphSnapshot Build(SeedWorld world)
    {
        var builder = new GraphSnapshotBuilder();
        AddAgencies(builder, world.Agencies);
        var line = 0;
        Add(builder, world, default, ref line);
        return builder.Build(version: 1);
    }

    public static void AddAgencies(GraphSnapshotBuilder builder, IEnumerable<SeedAgency> agencies)
    {
        foreach (var agency in agencies)
        {
            builder.AddNode(
                new Agency
                {
                    Id = AgencyId(agency.Id),
                    Name = agency.Name,
                    Code = CreditCode.Parse(agency.Code),
                    RegionCode = agency.RegionCode,
                    Sectors = agency.Sectors,
                });
        }
    }

    /// <summary>
    /// Adds a world's people, companies and decisions and every fact between them (not its agencies), its ids shifted by
    /// <paramref name="at"/>: a county's part goes in where <see cref="Generation.WorldGenerator"/> would have joined it.
    /// <paramref name="line"/> numbers the rows' sources on from one call to the next.
    /// </summary>
    public static void Add(GraphSnapshotBuilder builder, SeedWorld world, WorldOffsets at, ref int line)
    {
        EntityId Person(int person) => PersonId(person + at.People);
        EntityId Company(int company) => CompanyId(company + at.Companies);
        EntityId Party(int party, bool isCompany) => isCompany ? Company(party) : Person(party);
        foreach (var person in world.People)
        {
            builder.AddNode(new Person
            {
                Id = Person(person.Id),
                Name = person.Name,
                IdNumber = IdentityNumber.Parse(person.IdNumber),
                BirthDate = person.Birth,
                Gender = person.Male ? Sex.Male : Sex.Female,
            });
        }

        foreach (var company in world.Companies)
        {
            builder.AddNode(new Company
            {
                Id = Company(company.Id),
                Name = company.Name,
                CreditCode = CreditCode.Parse(company.CreditCode),
                Listed = company.Listed,
                RegionCode = company.RegionCode,
                Industry = company.Industry,
                Status = "存续", // as the company registry states every company (RegistryExporter)
            });
        }

        foreach (var decision in world.Decisions)
        {
            builder.AddNode(new Decision
            {
                Id = DecisionId(decision.Id + at.Decisions),
                Kind = decision.Kind,
                Title = decision.Title,
                Amount = decision.Amount,
                DecidedDate = decision.Decided,
                Method = decision.Method,
                Bidders = decision.Bidders,
            });
        }

        var row = line;
        SnapshotLink Link(LinkKind kind, EntityId from, EntityId to, DateOnly? start, DateOnly? end, string? detail = null) => new()
        {
            Kind = kind,
            From = from.Value,
            To = to.Value,
            Start = start,
            End = end,
            Detail = detail,
            Source = new SourceRef("seed", $"{Wire.Name(kind)}.csv", ++row),
        };

        foreach (var p in world.Positions)
        {
            builder.AddLink(Link(LinkKind.Position, Person(p.Person), AgencyId(p.Agency), p.Start, p.End) with { Title = p.Title });
        }

        foreach (var f in world.Family)
        {
            builder.AddLink(Link(LinkKind.Family, Person(f.Person), Person(f.Relative), f.Start, f.End, Wire.Name(f.Relation)));
        }

        foreach (var a in world.Associates)
        {
            builder.AddLink(Link(LinkKind.Associate, Person(a.Person), Person(a.Other), a.Start, a.End, Wire.Name(a.Kind)) with
            {
                Note = AssociateBasis,
            });
        }

        foreach (var s in world.Shares)
        {
            builder.AddLink(Link(LinkKind.Ownership, Party(s.Holder, s.HolderIsCompany), Company(s.Company), s.Start, s.End) with
            {
                Share = s.Share,
            });
        }

        foreach (var r in world.Roles)
        {
            builder.AddLink(Link(LinkKind.Role, Person(r.Person), Company(r.Company), r.Start, r.End, Wire.Name(r.Role)) with
            {
                MonthlySalary = r.Salary,
                Nominal = r.Nominal,
            });
        }

        foreach (var x in world.Transactions)
        {
            builder.AddLink(Link(LinkKind.Transaction, Party(x.From, x.FromIsCompany), Party(x.To, x.ToIsCompany), x.Date, null, Wire
                .Name(x.Kind)) with
            { Amount = x.Amount });
        }

        foreach (var d in world.Decisions)
        {
            var id = DecisionId(d.Id + at.Decisions);
            // The registries date the decision, not its links: they are open, as the store holds them.
            builder.AddLink(Link(LinkKind.Issued, AgencyId(d.Agency), id, null, null));
            builder.AddLink(Link(LinkKind.Beneficiary, id, Company(d.Beneficiary), null, null));
            foreach (var (person, role) in d.Officials)
            {
                builder.AddLink(Link(LinkKind.Participation, Person(person), id, null, null, Wire.Name(role)));
            }

            foreach (var tenderer in d.Tenderers)
            {
                builder.AddLink(Link(LinkKind.Bid, Company(tenderer), id, null, null));
            }
        }

        line = row;
        AddReports(builder, world, at);
    }

    /// <summary>
    /// The reports as the cadre registry states them (<c>cad-rN</c>, RegistryExporter), beside the graph: they add no link,
    /// so their rows are numbered apart from the links'.
    /// </summary>
    private static void AddReports(GraphSnapshotBuilder builder, SeedWorld world, WorldOffsets at)
    {
        var items = world.ReportItems.Select((item, index) => (Item: item, Line: at.ReportItems + index + 1)).ToLookup(i => i.Item.Report);
        foreach (var report in world.Reports)
        {
            var id = report.Id + at.Reports;
            builder.AddReport(new PersonalReport
            {
                Id = id + 1L,
                Registry = "cadre",
                Ref = string.Create(CultureInfo.InvariantCulture, $"cad-r{id}"),
                Person = PersonId(report.Official + at.People),
                ReportDate = report.ReportDate,
                SubmittedDate = report.Submitted,
                Source = new SourceRef("seed", "reports.csv", id + 1),
                Items = items[report.Id].Select(i => new PersonalReportItem
                {
                    Kind = i.Item.Kind,
                    Person = PersonId(i.Item.Person + at.People),
                    Relation = i.Item.Relation is { } relation ? Wire.Name(relation) : null,
                    Company = i.Item.Company is { } company ? CompanyId(company + at.Companies) : null,
                    Source = new SourceRef("seed", "report_items.csv", i.Line),
                }).ToList(),
            });
        }
    }

    private static EntityId AgencyId(int agency) => new(NodeKind.Agency, AgencyBase + agency + 1);

    private static EntityId DecisionId(int decision) => new(NodeKind.Decision, DecisionBase + decision + 1);
}
