using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Seed.World;

namespace Qingdan.Graph.Seed.Generation;

/// <summary>
/// The planted cases of REP: each variant as a finding, and each near miss RULES.md lists. Planted after the background's
/// money and decisions, so that no random fact touches them; every case has a company of its own.
/// </summary>
internal sealed partial class CountyGenerator
{
    private static readonly DateOnly FirstDay = new(2023, 12, 31);
    private static readonly DateOnly SecondDay = new(2024, 12, 31);

    private void PlantReportCases()
    {
        // Official C: county agriculture bureau since 2014; the two reports on file describe the last two year-ends.
        var c = Person(1969, true);
        Position(c, _agencies.First(a => a.RegionCode == _region && a.Sectors.SequenceEqual(["A"])), D(2014, 3, 1), null, "局长");
        var spouse = Person(1971, false);
        Family(c, spouse, FamilyRelation.Spouse, D(1996, 10, 1), null, cadre: true, civil: true);
        var child = Person(1997, true);
        Family(c, child, FamilyRelation.Child, null, null, cadre: true, civil: true);
        Family(spouse, child, FamilyRelation.Child, null, null, cadre: false, civil: true);
        var childSpouse = Person(1998, false);
        Family(child, childSpouse, FamilyRelation.Spouse, D(2020, 10, 1), null, cadre: false, civil: true);
        var younger = Person(2001, false);
        Family(c, younger, FamilyRelation.Child, null, null, cadre: true, civil: true);
        var parent = Person(1944, true);
        Family(c, parent, FamilyRelation.Parent, null, null, cadre: true, civil: false);
        var sibling = Person(1973, false);
        Family(c, sibling, FamilyRelation.Sibling, null, null, cadre: true, civil: false);
        var siblingSpouse = Person(1972, true);
        Family(sibling, siblingSpouse, FamilyRelation.Spouse, D(1999, 5, 1), null, cadre: false, civil: true);
        var spouseParent = Person(1946, true);
        Family(spouseParent, spouse, FamilyRelation.Child, null, null, cadre: false, civil: true);
        var lover = Person(1988, false);
        _world.Associates.Add(new SeedAssociate(c.Id, lover.Id, AssociateKind.SpecificRelated, D(2019, 1, 1), null));
        lover.InCadre = true;

        var first = Report(c, FirstDay, D(2024, 1, 22));
        var second = Report(c, SecondDay, D(2025, 2, 14));
        SeedReport[] both = [first, second];
        foreach (var report in both)
        {
            Item(report, ReportItemKind.Relative, spouse, FamilyRelation.Spouse);
            Item(report, ReportItemKind.Relative, child, FamilyRelation.Child);
        }

        Item(second, ReportItemKind.Relative, younger, FamilyRelation.Child);

        var own = PlantedCompany("F51");
        Share(c.Id, false, own, 0.05, D(2019, 6, 1), null);
        Plant("REP", "undeclared_interest", c, own, true, "the official's own 5% stake is in neither report");

        var spouseCompany = PlantedCompany("K70");
        Role(spouse, spouseCompany, CompanyRole.LegalRepresentative, D(2018, 1, 1), null);
        Plant("REP", "undeclared_interest", c, spouseCompany, true, "the reports list the spouse but not the company she represents");

        var childSpouseCompany = PlantedCompany("E48");
        Share(childSpouse.Id, false, childSpouseCompany, 0.3, D(2021, 1, 1), null);
        Plant("REP", "undeclared_relative", c, childSpouseCompany, true, "the child's spouse (derived), in neither report, holds 30%");

        var listed = PlantedCompany("C26", listed: true);
        Role(child, listed, CompanyRole.Supervisor, D(2022, 1, 1), null);
        Plant("REP", "undeclared_interest", c, listed, true, "the child supervises a listed company the reports leave out");

        var youngerCompany = PlantedCompany("I65");
        Share(younger.Id, false, youngerCompany, 1.0, D(2020, 1, 1), null);
        Plant("REP", "undeclared_relative", c, youngerCompany, true, "the younger child, left out of the first report, owns a company");
        Plant("REP", "undeclared_interest", c, youngerCompany, true, "the second report lists the younger child but not her company");

        PlantDeclared(c, spouse, child, both);
        PlantOutOfTime(c, spouse, child, first, second);

        foreach (var (person, industry, role, description) in new[]
        {
            (parent, "F51", (CompanyRole?)null, "the parent's undeclared stake (parents are not reported)"),
            (sibling, "G54", CompanyRole.Director, "the sibling's undeclared directorship"),
            (siblingSpouse, "C13", null, "the sibling's spouse (sibling-in-law, derived) holds an undeclared stake"),
            (spouseParent, "M74", CompanyRole.GeneralManager, "the spouse's parent (parent-in-law, derived) is an undeclared manager"),
            (lover, "K70", null, "the specific related person's undeclared stake"),
        })
        {
            var company = PlantedCompany(industry);
            if (role is { } post)
            {
                Role(person, company, post, D(2018, 1, 1), null);
            }
            else
            {
                Share(person.Id, false, company, 0.4, D(2018, 1, 1), null);
            }

            Plant("REP", "undeclared_relative", c, company, false, description);
        }

        var job = PlantedCompany("F52");
        Role(spouse, job, CompanyRole.Employee, D(2016, 1, 1), null, Salary(job.Industry, 1m));
        Plant("REP", "undeclared_interest", c, job, false, "the spouse's ordinary job is no business to report");
        var advice = PlantedCompany("M74");
        Role(child, advice, CompanyRole.Consultant, D(2022, 1, 1), null, 8_000m);
        Plant("REP", "undeclared_interest", c, advice, false, "the child's consultancy is no business to report");

        var holding = PlantedCompany("L72");
        var chained = PlantedCompany("C34");
        Share(child.Id, false, holding, 0.5, D(2019, 1, 1), null);
        Share(holding.Id, true, chained, 0.6, D(2019, 1, 1), null);
        foreach (var report in both)
        {
            Item(report, ReportItemKind.Holding, child, company: holding);
        }

        Plant("REP", "undeclared_interest", c, chained, false, "a company the child holds only through a declared holding company");

        PlantMarriageOutOfTime();
    }

    /// <summary>Interests the reports declare: as their own kind, a stake filed as a post, a post filed as a stake.</summary>
    private void PlantDeclared(SeedPerson official, SeedPerson spouse, SeedPerson child, SeedReport[] reports)
    {
        var stake = PlantedCompany("F52");
        Share(child.Id, false, stake, 0.4, D(2019, 1, 1), null);
        var asPost = PlantedCompany("M74");
        Share(spouse.Id, false, asPost, 0.2, D(2017, 1, 1), null);
        var asHolding = PlantedCompany("G54");
        Role(spouse, asHolding, CompanyRole.Chair, D(2019, 1, 1), null);
        foreach (var report in reports)
        {
            Item(report, ReportItemKind.Holding, child, company: stake);
            Item(report, ReportItemKind.Post, spouse, company: asPost);
            Item(report, ReportItemKind.Holding, spouse, company: asHolding);
        }

        Plant("REP", "undeclared_interest", official, stake, false, "a stake both reports declare");
        Plant("REP", "undeclared_interest", official, asPost, false, "a stake the reports declare as a post");
        Plant("REP", "undeclared_interest", official, asHolding, false, "a chair the reports declare as a holding");
    }

    /// <summary>Interests outside the report's own day: starting the day after it, ending the day before, or valid on the other
    /// report's day only and declared there.</summary>
    private void PlantOutOfTime(SeedPerson official, SeedPerson spouse, SeedPerson child, SeedReport first, SeedReport second)
    {
        var later = PlantedCompany("F51");
        Share(spouse.Id, false, later, 0.15, SecondDay.AddDays(1), null);
        Plant("REP", "undeclared_interest", official, later, false, "a stake bought the day after the last report's day");

        var ended = PlantedCompany("C13");
        Role(child, ended, CompanyRole.Director, D(2020, 1, 1), FirstDay.AddDays(-1));
        Plant("REP", "undeclared_interest", official, ended, false, "a directorship that ended the day before the first report's day");

        var sold = PlantedCompany("F52");
        Share(spouse.Id, false, sold, 0.1, D(2022, 1, 1), D(2024, 6, 30));
        Item(first, ReportItemKind.Holding, spouse, company: sold);
        Plant("REP", "undeclared_interest", official, sold, false, "a stake declared in the first report and sold before the second's day");

        var taken = PlantedCompany("G58");
        Role(child, taken, CompanyRole.GeneralManager, D(2024, 3, 1), null);
        Item(second, ReportItemKind.Post, child, company: taken);
        Plant("REP", "undeclared_interest", official, taken, false, "a post taken after the first report's day, declared in the second");
    }

    /// <summary>Official C2: the first marriage ended before the report's day, the second began after it.</summary>
    private void PlantMarriageOutOfTime()
    {
        var official = Person(1965, false);
        Position(official, _agencies.First(a => a.RegionCode == _region && a.Sectors.Count == 0 && a.Licensing), D(2011, 1, 1), null,
            "副局长");
        var former = Person(1964, true);
        Family(official, former, FamilyRelation.Spouse, D(1990, 1, 1), D(2016, 6, 30), cadre: false, civil: true);
        var later = Person(1968, true);
        Family(official, later, FamilyRelation.Spouse, D(2024, 5, 1), null, cadre: true, civil: true);
        Report(official, FirstDay, D(2024, 1, 18));

        var formerCompany = PlantedCompany("F51");
        Share(former.Id, false, formerCompany, 0.5, D(2018, 1, 1), null);
        Plant("REP", "undeclared_relative", official, formerCompany, false, "the former spouse's stake, the marriage over before the day");
        var laterCompany = PlantedCompany("K70");
        Role(later, laterCompany, CompanyRole.LegalRepresentative, D(2015, 1, 1), null);
        Plant("REP", "undeclared_relative", official, laterCompany, false, "the later spouse's post, the marriage begun after the day");
    }
}
