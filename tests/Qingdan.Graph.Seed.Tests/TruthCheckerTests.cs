using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Seed.Truth;
using Qingdan.Graph.Seed.World;

namespace Qingdan.Graph.Seed.Tests;

/// <summary>The reference reading of RULES.md on worlds small enough to check by hand.</summary>
public sealed class TruthCheckerTests
{
    private static DateOnly D(int year, int month = 1, int day = 1) => new(year, month, day);

    [Fact]
    public void Spouse_holding_in_unlisted_company_during_tenure_is_NL5_shares()
    {
        var world = World(out var official, out var spouse);
        var company = AddCompany(world, "F51");
        world.Shares.Add(new SeedShare(spouse, false, company, 0.01, D(2016), null));

        Assert.Equal(["shares"], Single(world, "NL5", official, company));
    }

    [Fact]
    public void Holding_after_the_divorce_is_no_finding()
    {
        var world = World(out var official, out var spouse, divorce: D(2014, 12, 31));
        var company = AddCompany(world, "F51");
        world.Shares.Add(new SeedShare(spouse, false, company, 0.5, D(2015), null));

        Assert.Empty(new TruthChecker(world).Check());
    }

    [Fact]
    public void Holding_that_touches_but_does_not_overlap_the_tenure_is_no_finding()
    {
        var world = World(out var official, out var spouse);
        var company = AddCompany(world, "F51");
        world.Shares.Add(new SeedShare(spouse, false, company, 0.5, D(2000), D(2009, 12, 31)));

        Assert.Empty(new TruthChecker(world).Check());
    }

    [Fact]
    public void Ownership_cycle_is_walked_once_per_simple_path()
    {
        var world = World(out var official, out var spouse);
        var a = AddCompany(world, "L72");
        var b = AddCompany(world, "F51");
        world.Shares.Add(new SeedShare(spouse, false, a, 0.1, D(2016), null));
        world.Shares.Add(new SeedShare(a, true, b, 0.5, D(2016), null));
        world.Shares.Add(new SeedShare(b, true, a, 0.5, D(2016), null));

        var effective = new TruthChecker(world).Effective(spouse, false, D(2020).DayNumber);

        Assert.Equal(0.1, effective[a], 12);
        Assert.Equal(0.05, effective[b], 12);
    }

    [Fact]
    public void Indirect_stake_just_under_five_percent_is_not_NL5_but_five_is()
    {
        var world = World(out var official, out var spouse);
        var holding = AddCompany(world, "L72");
        var thin = AddCompany(world, "F51");
        var enough = AddCompany(world, "F52");
        world.Shares.Add(new SeedShare(spouse, false, holding, 0.2, D(2016), null));
        world.Shares.Add(new SeedShare(holding, true, thin, 0.2, D(2016), null));
        world.Shares.Add(new SeedShare(holding, true, enough, 0.25, D(2016), null));

        var findings = new TruthChecker(world).Check();

        Assert.Contains(findings, f => f.Rule == "NL5" && f.Company == enough);
        Assert.DoesNotContain(findings, f => f.Rule == "NL5" && f.Company == thin);
    }

    [Fact]
    public void Child_spouse_is_derived_from_the_child_marriage_and_valid_only_from_the_wedding()
    {
        var world = World(out var official, out _);
        var child = AddPerson(world);
        var childSpouse = AddPerson(world);
        world.Family.Add(new SeedFamily(official, child, FamilyRelation.Child, null, null, true, true));
        world.Family.Add(new SeedFamily(child, childSpouse, FamilyRelation.Spouse, D(2021, 10, 1), null, false, true));
        var before = AddCompany(world, "F51");
        var after = AddCompany(world, "F52");
        world.Transactions.Add(new SeedTransaction(before, true, childSpouse, false, TransactionKind.Loan, 10, D(2021, 9, 30)));
        world.Transactions.Add(new SeedTransaction(after, true, childSpouse, false, TransactionKind.Loan, 10, D(2021, 10, 1)));

        var findings = new TruthChecker(world).Check();

        Assert.Contains(findings, f => f.Rule == "NL3" && f.Company == after);
        Assert.DoesNotContain(findings, f => f.Rule == "NL3" && f.Company == before);
    }

    [Fact]
    public void Salary_over_twice_the_median_counts_only_with_five_peers()
    {
        var world = World(out var official, out var spouse);
        var company = AddCompany(world, "F51");
        world.Roles.Add(new SeedRole(spouse, company, CompanyRole.Employee, D(2016), null, 50_000m, false));
        Assert.Empty(new TruthChecker(world).Check());

        for (var i = 0; i < 4; i++)
        {
            world.Roles.Add(new SeedRole(AddPerson(world), AddCompany(world, "F52"), CompanyRole.Employee, D(2016), null, 6_000m, false));
        }

        Assert.Equal(["employment"], Single(world, "NL5", official, company));
    }

    [Fact]
    public void Payment_from_a_company_outside_the_agency_sectors_is_not_NL4()
    {
        var world = World(out var official, out var spouse, sectors: ["E"]);
        var builder = AddCompany(world, "E48");
        var trader = AddCompany(world, "F51");
        world.Transactions.Add(new SeedTransaction(builder, true, spouse, false, TransactionKind.Payment, 10, D(2020)));
        world.Transactions.Add(new SeedTransaction(trader, true, spouse, false, TransactionKind.Payment, 10, D(2020)));

        var findings = new TruthChecker(world).Check();

        Assert.Equal(["benefit"], findings.Single(f => f.Rule == "NL4").Variants);
        Assert.Equal(builder, findings.Single(f => f.Rule == "NL4").Company);
    }

    [Fact]
    public void Transaction_window_of_NL9_is_730_days_inclusive()
    {
        var world = World(out var official, out var spouse);
        var near = AddCompany(world, "F51");
        var far = AddCompany(world, "F52");
        foreach (var (company, gap) in new[] { (near, 730), (far, 731) })
        {
            world.Transactions.Add(new SeedTransaction(company, true, spouse, false, TransactionKind.Contract, 10, D(2020).AddDays(-gap)));
            world.Decisions.Add(new SeedDecision(
                world.Decisions.Count,
                "procurement_award",
                0,
                company,
                "t",
                1,
                D(2020),
                null,
                1,
                [(official, ParticipationRole.Approver)],
                []));
        }

        var findings = new TruthChecker(world).Check().Where(f => f.Rule == "NL9").ToList();

        Assert.Equal(near, Assert.Single(findings).Company);
    }

    [Fact]
    public void Spouse_post_left_out_of_a_report_that_lists_the_spouse_is_REP_undeclared_interest()
    {
        var world = World(out var official, out var spouse);
        var company = AddCompany(world, "F51");
        world.Roles.Add(new SeedRole(spouse, company, CompanyRole.Supervisor, D(2016), null, null, false));
        world.Reports.Add(new SeedReport(0, official, D(2020, 12, 31), D(2021, 1, 20)));
        world.ReportItems.Add(new SeedReportItem(0, ReportItemKind.Relative, spouse, FamilyRelation.Spouse, null));

        Assert.Equal(["undeclared_interest"], Single(world, "REP", official, company));
    }

    [Fact]
    public void Stake_declared_as_a_post_is_declared_but_only_in_the_report_that_declares_it()
    {
        var world = World(out var official, out var spouse);
        var company = AddCompany(world, "F51");
        world.Shares.Add(new SeedShare(spouse, false, company, 0.01, D(2016), null));
        world.Reports.Add(new SeedReport(0, official, D(2019, 12, 31), null));
        world.Reports.Add(new SeedReport(1, official, D(2020, 12, 31), null));
        world.ReportItems.Add(new SeedReportItem(0, ReportItemKind.Post, spouse, null, company));

        // The second report lists no one and declares nothing.
        Assert.Equal(["undeclared_relative"], Single(world, "REP", official, company));
        world.ReportItems.Add(new SeedReportItem(1, ReportItemKind.Holding, spouse, null, company));
        Assert.DoesNotContain(new TruthChecker(world).Check(), f => f.Rule == "REP");
    }

    [Fact]
    public void Interest_beginning_the_day_after_the_report_day_and_a_sibling_stake_are_no_REP()
    {
        var world = World(out var official, out var spouse);
        var sibling = AddPerson(world);
        world.Family.Add(new SeedFamily(official, sibling, FamilyRelation.Sibling, null, null, true, false));
        var later = AddCompany(world, "F51");
        var siblingCompany = AddCompany(world, "F52");
        world.Shares.Add(new SeedShare(spouse, false, later, 0.2, D(2021), null));
        world.Shares.Add(new SeedShare(sibling, false, siblingCompany, 0.2, D(2016), null));
        world.Reports.Add(new SeedReport(0, official, D(2020, 12, 31), null));

        Assert.DoesNotContain(new TruthChecker(world).Check(), f => f.Rule == "REP");
    }

    [Fact]
    public void Every_planted_REP_case_is_what_the_checker_finds()
    {
        var plan = Generation.WorldGenerator.Plan(SeedScale.City, 1);
        var county = Generation.WorldGenerator.County(plan, 0);
        county.Agencies.AddRange(plan.World.Agencies);
        var truth = new TruthChecker(county).Check().Where(f => f.Rule == "REP")
            .ToDictionary(f => (f.Official, f.Company), f => f.Variants);
        var planted = county.Planted.Where(p => p.Rule == "REP").ToList();

        Assert.Contains(planted, p => p.Finding && p.Variant == "undeclared_relative");
        Assert.Contains(planted, p => p.Finding && p.Variant == "undeclared_interest");
        Assert.True(planted.Count(p => !p.Finding) >= 17, "every near miss RULES.md lists is planted");
        Assert.All(planted, p =>
        {
            if (p.Finding)
            {
                Assert.True(truth.TryGetValue((p.Official, p.Company), out var variants), $"missing: {p.Description}");
                Assert.Contains(p.Variant, variants);
            }
            else
            {
                Assert.False(truth.ContainsKey((p.Official, p.Company)), $"near miss found: {p.Description}");
            }
        });
    }

    private static IReadOnlySet<string> Single(SeedWorld world, string rule, int official, int company) =>
        new TruthChecker(world).Check().Single(f => f.Rule == rule && f.Official == official && f.Company == company).Variants;

    private static SeedWorld World(out int official, out int spouse, DateOnly? divorce = null, string[]? sectors = null)
    {
        var world = new SeedWorld();
        world.Agencies.Add(new SeedAgency(0, "局", "11440800000000001X", "440800", sectors ?? [], false));
        official = AddPerson(world);
        spouse = AddPerson(world);
        world.Positions.Add(new SeedPosition(official, 0, "局长", D(2010), null));
        world.Family.Add(new SeedFamily(official, spouse, FamilyRelation.Spouse, D(1995), divorce, true, true));
        return world;
    }

    private static int AddPerson(SeedWorld world)
    {
        var id = world.People.Count;
        world.People.Add(new SeedPerson(id, $"人{id}", $"id{id}", D(1970), true));
        return id;
    }

    private static int AddCompany(SeedWorld world, string industry)
    {
        var id = world.Companies.Count;
        world.Companies.Add(new SeedCompany(id, $"公司{id}", $"code{id}", false, "440802", industry));
        return id;
    }
}
