using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Seed.World;

namespace Qingdan.Graph.Seed.Generation;

/// <summary>
/// The planted cases: for every variant of every rule a finding, and each near miss of RULES.md "Not
/// findings". Every case uses companies of its own, so that one case cannot make or hide another.
/// </summary>
internal sealed partial class CountyGenerator
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private SeedCompany PlantedCompany(string industry, bool listed = false, string? region = null)
    {
        var company = Company(industry, listed, region);
        _plantedCompanies.Add(company.Id);
        return company;
    }

    private void PlantCases()
    {
        var countyBuilding = _agencies.First(a => a.RegionCode == _region && a.Sectors.Contains("E"));
        var countyMarket = _agencies.First(a => a.RegionCode == _region && a.Sectors.Count == 0 && a.Licensing);
        var cityFinance = _agencies.First(a => a.RegionCode != _region && a.Sectors.Count == 0 && !a.Licensing);
        var neighbour = Geography.Cities.First(c => _region.StartsWith(c.City, StringComparison.Ordinal)).Counties
            .Select(c => _region[..4] + c).First(c => c != _region);

        // Official A: county housing and construction bureau since 2012 (sectors E and K of this county).
        var a = Person(1968, true);
        Position(a, countyBuilding, D(2012, 1, 1), null, "局长");
        var spouse = Person(1970, false);
        Family(a, spouse, FamilyRelation.Spouse, D(1995, 5, 1), null, cadre: true, civil: true);
        var child = Person(1996, true);
        Family(a, child, FamilyRelation.Child, null, null, cadre: true, civil: true);
        Family(spouse, child, FamilyRelation.Child, null, null, cadre: false, civil: true);
        var childSpouse = Person(1997, false);
        Family(child, childSpouse, FamilyRelation.Spouse, D(2021, 10, 1), null, cadre: false, civil: true);
        var parent = Person(1942, true);
        Family(a, parent, FamilyRelation.Parent, null, null, cadre: true, civil: false);
        var sibling = Person(1971, true);
        Family(a, sibling, FamilyRelation.Sibling, null, null, cadre: true, civil: false);
        var siblingSpouse = Person(1972, false);
        Family(sibling, siblingSpouse, FamilyRelation.Spouse, D(1998, 3, 3), null, cadre: false, civil: true);
        var spouseParent = Person(1945, false);
        Family(spouseParent, spouse, FamilyRelation.Child, null, null, cadre: false, civil: true);
        var lover = Person(1985, false);
        _world.Associates.Add(new SeedAssociate(a.Id, lover.Id, AssociateKind.SpecificRelated, D(2018, 1, 1), null));
        lover.InCadre = true;
        var stranger = Person(1975, true);

        var c1 = PlantedCompany("F51");
        Transaction(c1.Id, true, spouse.Id, false, TransactionKind.Loan, 500_000m, D(2023, 3, 1));
        Plant("NL3", "loan", a, c1, true, "company lends to the spouse during tenure");

        var c2 = PlantedCompany("F52");
        Role(stranger, c2, CompanyRole.LegalRepresentative, D(2015, 1, 1), null);
        Transaction(stranger.Id, false, child.Id, false, TransactionKind.ConsultingFee, 120_000m, D(2022, 6, 1));
        Plant("NL3", "fee", a, c2, true, "the company's legal representative pays the child a consulting fee");

        var c3 = PlantedCompany("G54");
        Transaction(c3.Id, true, sibling.Id, false, TransactionKind.AssetUse, 80_000m, D(2024, 1, 10));
        Plant("NL3", "asset_use", a, c3, true, "the sibling uses the company's car");

        var c4 = PlantedCompany("C13");
        Transaction(c4.Id, true, lover.Id, false, TransactionKind.Fundraising, 300_000m, D(2023, 8, 1));
        Plant("NL3", "loan", a, c4, true, "company raises funds for a specific related person");

        var bank = PlantedCompany("J66");
        Transaction(bank.Id, true, spouse.Id, false, TransactionKind.Loan, 1_000_000m, D(2023, 5, 5));
        Plant("NL3", "loan", a, bank, false, "a bank loan to the spouse is not borrowing from an enterprise");

        var own = PlantedCompany("M74");
        Share(spouse.Id, false, own, 0.6, D(2014, 1, 1), null);
        Transaction(own.Id, true, spouse.Id, false, TransactionKind.ConsultingFee, 60_000m, D(2023, 2, 2));
        Plant("NL3", "fee", a, own, false, "the spouse's own company paying the spouse is not item 3");
        Plant("NL5", "shares", a, own, true, "the spouse holds 60% of a non-listed company");

        var c6 = PlantedCompany("E48");
        Transaction(c6.Id, true, spouse.Id, false, TransactionKind.Payment, 200_000m, D(2023, 9, 9));
        Plant("NL4", "benefit", a, c6, true, "a construction company of the county pays the spouse");

        var childCompany = PlantedCompany("C17");
        Role(child, childCompany, CompanyRole.LegalRepresentative, D(2020, 1, 1), null);
        var c7 = PlantedCompany("E47");
        Transaction(childCompany.Id, true, c7.Id, true, TransactionKind.Contract, 2_000_000m, D(2024, 2, 2));
        Plant("NL4", "business", a, c7, true, "the child's company buys from a construction company of the county");
        Plant("NL5", "employment", a, childCompany, true, "the child is legal representative of a company");

        var away = PlantedCompany("E48", region: neighbour);
        Transaction(away.Id, true, spouse.Id, false, TransactionKind.Payment, 150_000m, D(2023, 10, 10));
        Plant("NL4", "benefit", a, away, false, "a company of another county is outside the official's jurisdiction");

        var c9 = PlantedCompany("K70");
        Share(spouse.Id, false, c9, 0.1, D(2016, 1, 1), null);
        Plant("NL5", "shares", a, c9, true, "the spouse holds 10% of a non-listed company");

        var holding = PlantedCompany("L72");
        var c10 = PlantedCompany("C34");
        Share(child.Id, false, holding, 0.5, D(2019, 1, 1), null);
        Share(holding.Id, true, c10, 0.2, D(2019, 1, 1), null);
        Plant("NL5", "shares", a, c10, true, "the child holds 10% through a holding company");
        Plant("NL5", "shares", a, holding, true, "the child holds half of a holding company");

        var thinHolding = PlantedCompany("L72");
        var c11 = PlantedCompany("C39");
        Share(sibling.Id, false, thinHolding, 0.2, D(2017, 1, 1), null);
        Share(thinHolding.Id, true, c11, 0.2, D(2017, 1, 1), null);
        Plant("NL5", "shares", a, c11, false, "4% through a holding company is under the 5% threshold");

        var listed = PlantedCompany("C26", listed: true);
        Share(spouse.Id, false, listed, 0.05, D(2016, 1, 1), null);
        Plant("NL5", "shares", a, listed, false, "shares in a listed company");

        var old = PlantedCompany("F51");
        Share(sibling.Id, false, old, 0.3, D(2000, 1, 1), D(2008, 12, 31));
        Plant("NL5", "shares", a, old, false, "a holding that ended before the first post began");

        var c13 = PlantedCompany("I65");
        Role(child, c13, CompanyRole.Director, D(2022, 1, 1), null, 20_000m);
        Plant("NL5", "employment", a, c13, true, "the child is a director");

        var c14 = PlantedCompany("M74");
        Role(parent, c14, CompanyRole.Consultant, D(2021, 1, 1), null, 15_000m);
        Plant("NL5", "employment", a, c14, true, "the parent is a paid consultant");

        var c15 = PlantedCompany("N77");
        Role(siblingSpouse, c15, CompanyRole.Employee, D(2022, 1, 1), null, 5_000m, nominal: true);
        Plant("NL5", "employment", a, c15, true, "the sibling's spouse (sibling-in-law, derived) is paid for a nominal post");

        var c16 = PlantedCompany("F51");
        Role(childSpouse, c16, CompanyRole.Employee, D(2022, 1, 1), null, 90_000m);
        Plant("NL5", "employment", a, c16, true, "the child's spouse (derived) earns far over the median employee pay");

        var c17 = PlantedCompany("F52");
        Role(spouseParent, c17, CompanyRole.Employee, D(2020, 1, 1), null, 6_000m);
        Plant("NL5", "employment", a, c17, false, "the spouse's parent (derived) is an ordinary employee at normal pay");

        // Official A2: county market regulator since 2005; the marriage ended in 2010.
        var a2 = Person(1962, true);
        Position(a2, countyMarket, D(2005, 1, 1), null, "副局长");
        var exSpouse = Person(1963, false);
        Family(a2, exSpouse, FamilyRelation.Spouse, D(1990, 1, 1), D(2010, 6, 30), cadre: false, civil: true);
        var c18 = PlantedCompany("F51");
        Share(exSpouse.Id, false, c18, 0.3, D(2012, 1, 1), null);
        Plant("NL5", "shares", a2, c18, false, "a holding after the divorce");
        var c19 = PlantedCompany("G58");
        Share(exSpouse.Id, false, c19, 0.3, D(1985, 1, 1), D(1989, 12, 31));
        Plant("NL5", "shares", a2, c19, false, "a holding before the marriage");

        // Official B: city finance bureau since 2010 (awards, every sector of the city).
        var b = Person(1966, false);
        Position(b, cityFinance, D(2010, 1, 1), null, "局长");
        var bSpouse = Person(1965, true);
        Family(b, bSpouse, FamilyRelation.Spouse, D(1992, 2, 2), null, cadre: true, civil: true);
        var bChild = Person(1993, false);
        Family(b, bChild, FamilyRelation.Child, null, null, cadre: true, civil: true);
        var colleague = Person(1970, true);
        Position(colleague, cityFinance, D(2015, 1, 1), null, "副局长");
        var colleagueSpouse = Person(1971, false);
        Family(colleague, colleagueSpouse, FamilyRelation.Spouse, D(1996, 6, 6), null, cadre: true, civil: true);
        var giver = Person(1972, true);

        var c20 = PlantedCompany("E48");
        Role(bSpouse, c20, CompanyRole.Supervisor, D(2020, 1, 1), null);
        Decision("procurement_award", cityFinance, c20, D(2023, 4, 1), [(b.Id, ParticipationRole.Approver)], ProcurementMethod.Open, 3);
        Decision("inspection_notice", cityFinance, c20, D(2023, 5, 1), [(b.Id, ParticipationRole.Handler)], null, 1);
        Plant("NL9", "role", b, c20, true, "an award to a company where the spouse is supervisor");
        Plant("NL5", "employment", b, c20, true, "the spouse is a supervisor");

        var c21 = PlantedCompany("F51");
        Share(bChild.Id, false, c21, 0.3, D(2019, 1, 1), null);
        Decision("bidding_award", cityFinance, c21, D(2023, 7, 7), [(b.Id, ParticipationRole.Signer)], ProcurementMethod.Direct, 1);
        Plant("NL9", "ownership", b, c21, true, "a single-bidder direct award to the child's company");

        var c22 = PlantedCompany("K70");
        Role(giver, c22, CompanyRole.LegalRepresentative, D(2016, 1, 1), null);
        Transaction(giver.Id, false, bSpouse.Id, false, TransactionKind.Gift, 50_000m, D(2023, 7, 1));
        Decision("procurement_award", cityFinance, c22, D(2024, 5, 1), [(b.Id, ParticipationRole.Evaluator)], ProcurementMethod.Limited, 2);
        Plant("NL9", "transaction", b, c22, true, "an award ten months after the winner's legal representative gave the spouse a gift");

        var c23 = PlantedCompany("C13");
        Share(colleagueSpouse.Id, false, c23, 0.4, D(2018, 1, 1), null);
        Decision("procurement_award", cityFinance, c23, D(2023, 11, 11), [(b.Id, ParticipationRole.Approver)], ProcurementMethod.Open, 4);
        Plant("NL9", "ownership", b, c23, false, "an award to a company linked only to a colleague");
    }
}
