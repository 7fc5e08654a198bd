using System.Globalization;
using System.Text;
using System.Text.Json;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Seed.Truth;
using Qingdan.Graph.Seed.World;

namespace Qingdan.Graph.Seed.Export;

/// <summary>
/// Splits the world into registry bundles as real sources hold it (registry-bundle.md): a cadre
/// registry with declared family and personal-matters reports, a civil registry of marriages and
/// births in GB18030, a company registry with masked identity numbers and sometimes spaced names,
/// procurement and licensing registries, and a finance registry. Each registry has refs of its own.
/// </summary>
internal static class RegistryExporter
{
    private static readonly Encoding Utf8 = new UTF8Encoding(false);
    private static readonly Encoding Gb18030;

    static RegistryExporter()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Gb18030 = Encoding.GetEncoding("GB18030");
    }

    public static void Write(SeedWorld world, string output, IReadOnlyList<TruthFinding>? truth)
    {
        Directory.CreateDirectory(output);
        Action[] registries =
        [
            () => Cadre(world, Folder(output, "cadre", "Municipal Organization Department", "utf-8")),
            () => Civil(world, Folder(output, "civil", "Civil Affairs Bureau (marriage and birth records)", "gb18030")),
            () => Companies(world, Folder(output, "company", "Administration for Market Regulation", "utf-8")),
            () => Decisions(world, Folder(output, "procurement", "Public Resources Trading Center", "utf-8"), licensing: false),
            () => Decisions(world, Folder(output, "licensing", "Government Services Data Administration", "utf-8"), licensing: true),
            () => Finance(world, Folder(output, "finance", "People's Bank branch (reported transactions)", "utf-8")),
        ];
        Parallel.Invoke(registries);
        if (truth is not null)
        {
            WriteTruth(world, truth, Path.Combine(output, "truth.jsonl"));
        }

        using var planted = new StreamWriter(Path.Combine(output, "planted.jsonl"), false, Utf8) { NewLine = "\n" };
        foreach (var plant in world.Planted)
        {
            planted.WriteLine(JsonSerializer.Serialize(new
            {
                rule = plant.Rule,
                variant = plant.Variant,
                finding = plant.Finding,
                description = plant.Description,
                official = Official(world.People[plant.Official]),
                company = Company(world.Companies[plant.Company]),
            }));
        }
    }

    private static string Folder(string output, string registry, string source, string encoding)
    {
        var folder = Path.Combine(output, registry);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "manifest.json"),
            JsonSerializer.Serialize(new { registry, source, as_of = "2026-06-30", encoding, mode = "snapshot" }, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        return folder;
    }

    private static void Cadre(SeedWorld world, string folder)
    {
        using (var people = new CsvFile(folder, "people.csv", Utf8, "ref", "name", "id_number", "birth_date", "gender"))
        {
            foreach (var person in world.People.Where(p => p.InCadre))
            {
                people.Row($"cad-{person.Id}", person.Name, person.IdNumber, Day(person.Birth), person.Male ? "M" : "F");
            }
        }

        using (var agencies = new CsvFile(folder, "agencies.csv", Utf8, "ref", "name", "code", "region_code", "sectors"))
        {
            foreach (var agency in world.Agencies)
            {
                agencies.Row($"org-{agency.Id}", agency.Name, agency.Code, agency.RegionCode, string.Join('|', agency.Sectors));
            }
        }

        using (var positions = new CsvFile(
            folder,
            "positions.csv",
            Utf8,
            "person_ref",
            "agency_ref",
            "title",
            "start_date",
            "end_date",
            "powers"))
        {
            foreach (var position in world.Positions)
            {
                var powers = world.Agencies[position.Agency].Licensing
                    ? "license|project_approval|market_access"
                    : "procurement_award|bidding_award";
                positions.Row(
                    $"cad-{position.Person}",
                    $"org-{position.Agency}",
                    position.Title,
                    Day(position.Start),
                    Day(position.End),
                    powers);
            }
        }

        using (var family = new CsvFile(folder, "family.csv", Utf8, "person_ref", "relative_ref", "relation", "start_date", "end_date"))
        {
            foreach (var link in world.Family.Where(f => f.InCadre))
            {
                family.Row($"cad-{link.Person}", $"cad-{link.Relative}", Wire.Name(link.Relation), Day(link.Start), Day(link.End));
            }
        }

        using var associates = new CsvFile(
            folder,
            "associates.csv",
            Utf8,
            "person_ref",
            "associate_ref",
            "kind",
            "basis",
            "start_date",
            "end_date");
        foreach (var associate in world.Associates)
        {
            associates.Row(
                $"cad-{associate.Person}",
                $"cad-{associate.Other}",
                Wire.Name(associate.Kind),
                "信访举报核实",
                Day(associate.Start),
                Day(associate.End));
        }

        Reports(world, folder);
    }

    /// <summary>
    /// The personal-matters reports the department holds, and the companies their items name, restated under the cadre
    /// registry's own refs (as the procurement and finance registries restate the companies they name).
    /// </summary>
    private static void Reports(SeedWorld world, string folder)
    {
        using (var companies = new CsvFile(folder, "companies.csv", Utf8, "ref", "name", "credit_code"))
        {
            foreach (var company in world.ReportItems.Where(i => i.Company is not null).Select(i => i.Company!.Value).Distinct().Order()
                .Select(i => world.Companies[i]))
            {
                companies.Row($"cad-c{company.Id}", company.Name, company.CreditCode);
            }
        }

        using (var reports = new CsvFile(folder, "reports.csv", Utf8, "ref", "person_ref", "report_date", "submitted_date"))
        {
            foreach (var report in world.Reports)
            {
                reports.Row($"cad-r{report.Id}", $"cad-{report.Official}", Day(report.ReportDate), Day(report.Submitted));
            }
        }

        using var items = new CsvFile(folder, "report_items.csv", Utf8, "report_ref", "item", "person_ref", "relation", "company_ref");
        foreach (var item in world.ReportItems)
        {
            items.Row(
                $"cad-r{item.Report}",
                Wire.Name(item.Kind),
                $"cad-{item.Person}",
                item.Relation is { } relation ? Wire.Name(relation) : null,
                item.Company is { } company ? $"cad-c{company}" : null);
        }
    }

    private static void Civil(SeedWorld world, string folder)
    {
        using (var people = new CsvFile(folder, "people.csv", Gb18030, "ref", "name", "id_number", "birth_date", "gender"))
        {
            foreach (var person in world.People)
            {
                people.Row(
                    $"civ-{person.Id}",
                    person.Name,
                    person.IdNumber,
                    person.Birth.ToString("yyyy年M月d日", CultureInfo.InvariantCulture),
                    person.Male ? "男" : "女");
            }
        }

        using var family = new CsvFile(folder, "family.csv", Gb18030, "person_ref", "relative_ref", "relation", "start_date", "end_date");
        foreach (var link in world.Family.Where(f => f.InCivil))
        {
            family.Row($"civ-{link.Person}", $"civ-{link.Relative}", Wire.Name(link.Relation), Day(link.Start), Day(link.End));
        }
    }

    private static void Companies(SeedWorld world, string folder)
    {
        using (var people = new CsvFile(folder, "people.csv", Utf8, "ref", "name", "id_number"))
        {
            foreach (var person in world.People.Where(p => p.InCompanyRegistry))
            {
                // The register prints names as typed: one in five has a space after the surname.
                var name = person.Id % 5 == 0 && person.Name.Length > 1 ? $"{person.Name[..1]} {person.Name[1..]}" : person.Name;
                people.Row($"co-p{person.Id}", name, $"{person.IdNumber[..6]}********{person.IdNumber[14..]}");
            }
        }

        using (var companies = new CsvFile(
            folder,
            "companies.csv",
            Utf8,
            "ref",
            "name",
            "credit_code",
            "listed",
            "region_code",
            "industry",
            "status"))
        {
            foreach (var company in world.Companies)
            {
                companies.Row(
                    $"co-c{company.Id}",
                    company.Name,
                    company.CreditCode,
                    company.Listed ? "是" : "否",
                    company.RegionCode,
                    company.Industry,
                    "存续");
            }
        }

        using (var shares = new CsvFile(
            folder,
            "shareholdings.csv",
            Utf8,
            "holder_ref",
            "holder_kind",
            "company_ref",
            "share",
            "start_date",
            "end_date"))
        {
            foreach (var share in world.Shares)
            {
                shares.Row(
                    share.HolderIsCompany ? $"co-c{share.Holder}" : $"co-p{share.Holder}",
                    share.HolderIsCompany ? "company" : "person",
                    $"co-c{share.Company}",
                    (share.Share * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%",
                    Day(share.Start),
                    Day(share.End));
            }
        }

        using var roles = new CsvFile(
            folder,
            "company_roles.csv",
            Utf8,
            "person_ref",
            "company_ref",
            "role",
            "start_date",
            "end_date",
            "monthly_salary",
            "nominal");
        foreach (var role in world.Roles)
        {
            roles.Row($"co-p{role.Person}", $"co-c{role.Company}", Wire.Name(role.Role), Day(role.Start), Day(role.End),
                role.Salary?.ToString("0", CultureInfo.InvariantCulture), role.Nominal ? "true" : "false");
        }
    }

    private static void Decisions(SeedWorld world, string folder, bool licensing)
    {
        var decisions = world.Decisions.Where(d => world.Agencies[d.Agency].Licensing == licensing).ToList();
        var prefix = licensing ? "lic" : "pro";
        using (var agencies = new CsvFile(folder, "agencies.csv", Utf8, "ref", "name", "code", "region_code"))
        {
            foreach (var agency in decisions.Select(d => world.Agencies[d.Agency]).Distinct())
            {
                agencies.Row($"{prefix}-a{agency.Id}", agency.Name, agency.Code, agency.RegionCode);
            }
        }

        using (var companies = new CsvFile(folder, "companies.csv", Utf8, "ref", "name", "credit_code"))
        {
            foreach (var company in decisions.SelectMany(d => d.Tenderers.Append(d.Beneficiary)).Distinct().Order()
                .Select(i => world.Companies[i]))
            {
                companies.Row($"{prefix}-c{company.Id}", company.Name, company.CreditCode);
            }
        }

        using (var people = new CsvFile(folder, "people.csv", Utf8, "ref", "name", "id_number"))
        {
            foreach (var person in decisions.SelectMany(d => d.Officials.Select(o => o.Person)).Distinct().Order()
                .Select(i => world.People[i]))
            {
                people.Row($"{prefix}-p{person.Id}", person.Name, person.IdNumber);
            }
        }

        using (var file = new CsvFile(
            folder,
            "decisions.csv",
            Utf8,
            "ref",
            "kind",
            "agency_ref",
            "beneficiary_ref",
            "title",
            "amount",
            "decided_date",
            "method",
            "bidders"))
        {
            foreach (var decision in decisions)
            {
                file.Row(
                    $"{prefix}-d{decision.Id}",
                    decision.Kind,
                    $"{prefix}-a{decision.Agency}",
                    $"{prefix}-c{decision.Beneficiary}",
                    decision.Title,
                    decision.Amount.ToString("0", CultureInfo.InvariantCulture),
                    Day(decision.Decided),
                    decision.Method is { } method ? Wire.Name(method) : null,
                    decision.Bidders?.ToString(CultureInfo.InvariantCulture));
            }
        }

        using (var officials = new CsvFile(folder, "decision_officials.csv", Utf8, "decision_ref", "person_ref", "role"))
        {
            foreach (var decision in decisions)
            {
                foreach (var (person, role) in decision.Officials)
                {
                    officials.Row($"{prefix}-d{decision.Id}", $"{prefix}-p{person}", Wire.Name(role));
                }
            }
        }

        using var bidders = new CsvFile(folder, "bidders.csv", Utf8, "decision_ref", "company_ref");
        foreach (var decision in decisions)
        {
            foreach (var tenderer in decision.Tenderers)
            {
                bidders.Row($"{prefix}-d{decision.Id}", $"{prefix}-c{tenderer}");
            }
        }
    }

    private static void Finance(SeedWorld world, string folder)
    {
        using (var people = new CsvFile(folder, "people.csv", Utf8, "ref", "name", "id_number"))
        {
            foreach (var person in world.People.Where(p => p.InFinance))
            {
                people.Row($"fin-p{person.Id}", person.Name, person.IdNumber);
            }
        }

        var companies = world.Transactions.SelectMany(t => new[] { (t.From, t.FromIsCompany), (t.To, t.ToIsCompany) }).Where(p => p.Item2)
            .Select(p => p.Item1)
            .Distinct()
            .Order();
        using (var file = new CsvFile(folder, "companies.csv", Utf8, "ref", "name", "credit_code"))
        {
            foreach (var company in companies.Select(i => world.Companies[i]))
            {
                file.Row($"fin-c{company.Id}", company.Name, company.CreditCode);
            }
        }

        using var transactions = new CsvFile(
            folder,
            "transactions.csv",
            Utf8,
            "from_ref",
            "from_kind",
            "to_ref",
            "to_kind",
            "kind",
            "amount",
            "date");
        foreach (var x in world.Transactions)
        {
            transactions.Row(x.FromIsCompany ? $"fin-c{x.From}" : $"fin-p{x.From}", x.FromIsCompany ? "company" : "person",
                x.ToIsCompany ? $"fin-c{x.To}" : $"fin-p{x.To}", x.ToIsCompany ? "company" : "person", Wire.Name(x.Kind),
                x.Amount.ToString("0.##", CultureInfo.InvariantCulture), Day(x.Date));
        }
    }

    private static void WriteTruth(SeedWorld world, IReadOnlyList<TruthFinding> truth, string path)
    {
        using var writer = new StreamWriter(path, false, Utf8) { NewLine = "\n" };
        foreach (var finding in truth)
        {
            writer.WriteLine(JsonSerializer.Serialize(new
            {
                rule = finding.Rule,
                variants = finding.Variants.Order(StringComparer.Ordinal).ToArray(),
                official = Official(world.People[finding.Official]),
                company = Company(world.Companies[finding.Company]),
            }));
        }
    }

    private static object Official(SeedPerson person) => new { id_number = person.IdNumber, name = person.Name };

    private static object Company(SeedCompany company) => new { credit_code = company.CreditCode, name = company.Name };

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
