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

    public static EntityId PersonId(int person) => new(NodeKind.Person, person + 1L);

    public static EntityId CompanyId(int company) => new(NodeKind.Company, CompanyBase + company + 1);

    /// <summary>The seed person or company a snapshot node stands for.</summary>
    public static int SeedIndex(EntityId id) => (int)((id.Value & 0xFFFF_FFFFL) - 1);

    public static GraphSnapshot Build(SeedWorld world)
    {
        var builder = new GraphSnapshotBuilder();
        foreach (var person in world.People)
        {
            builder.AddNode(new Person { Id = PersonId(person.Id), Name = person.Name, BirthDate = person.Birth });
        }

        foreach (var company in world.Companies)
        {
            builder.AddNode(new Company
            {
                Id = CompanyId(company.Id),
                Name = company.Name,
                CreditCode = CreditCode.Parse(company.CreditCode),
                Listed = company.Listed,
                RegionCode = company.RegionCode,
                Industry = company.Industry,
            });
        }

        foreach (var agency in world.Agencies)
        {
            builder.AddNode(
                new Agency { Id = AgencyId(agency.Id), Name = agency.Name, RegionCode = agency.RegionCode, Sectors = agency.Sectors });
        }

        foreach (var decision in world.Decisions)
        {
            builder.AddNode(new Decision
            {
                Id = DecisionId(decision.Id),
                Kind = decision.Kind,
                Title = decision.Title,
                Amount = decision.Amount,
                DecidedDate = decision.Decided,
                Method = decision.Method,
                Bidders = decision.Bidders,
            });
        }

        var line = 0;
        SnapshotLink Link(LinkKind kind, EntityId from, EntityId to, DateOnly? start, DateOnly? end, string? detail = null) => new()
        {
            Kind = kind,
            From = from.Value,
            To = to.Value,
            Start = start,
            End = end,
            Detail = detail,
            Source = new SourceRef("seed", $"{Wire.Name(kind)}.csv", ++line),
        };

        foreach (var p in world.Positions)
        {
            builder.AddLink(Link(LinkKind.Position, PersonId(p.Person), AgencyId(p.Agency), p.Start, p.End) with { Title = p.Title });
        }

        foreach (var f in world.Family)
        {
            builder.AddLink(Link(LinkKind.Family, PersonId(f.Person), PersonId(f.Relative), f.Start, f.End, Wire.Name(f.Relation)));
        }

        foreach (var a in world.Associates)
        {
            builder.AddLink(Link(LinkKind.Associate, PersonId(a.Person), PersonId(a.Other), a.Start, a.End, Wire.Name(a.Kind)));
        }

        foreach (var s in world.Shares)
        {
            var holder = s.HolderIsCompany ? CompanyId(s.Holder) : PersonId(s.Holder);
            builder.AddLink(Link(LinkKind.Ownership, holder, CompanyId(s.Company), s.Start, s.End) with { Share = s.Share });
        }

        foreach (var r in world.Roles)
        {
            builder.AddLink(Link(LinkKind.Role, PersonId(r.Person), CompanyId(r.Company), r.Start, r.End, Wire.Name(r.Role)) with
            {
                MonthlySalary = r.Salary,
                Nominal = r.Nominal,
            });
        }

        foreach (var x in world.Transactions)
        {
            var from = x.FromIsCompany ? CompanyId(x.From) : PersonId(x.From);
            var to = x.ToIsCompany ? CompanyId(x.To) : PersonId(x.To);
            builder.AddLink(Link(LinkKind.Transaction, from, to, x.Date, null, Wire.Name(x.Kind)) with { Amount = x.Amount });
        }

        foreach (var d in world.Decisions)
        {
            var id = DecisionId(d.Id);
            builder.AddLink(Link(LinkKind.Issued, AgencyId(d.Agency), id, d.Decided, null));
            builder.AddLink(Link(LinkKind.Beneficiary, id, CompanyId(d.Beneficiary), d.Decided, null));
            foreach (var (person, role) in d.Officials)
            {
                builder.AddLink(Link(LinkKind.Participation, PersonId(person), id, d.Decided, null, Wire.Name(role)));
            }

            foreach (var tenderer in d.Tenderers)
            {
                builder.AddLink(Link(LinkKind.Bid, CompanyId(tenderer), id, d.Decided, null));
            }
        }

        return builder.Build(version: 1);
    }

    private static EntityId AgencyId(int agency) => new(NodeKind.Agency, AgencyBase + agency + 1);

    private static EntityId DecisionId(int decision) => new(NodeKind.Decision, DecisionBase + decision + 1);
}
