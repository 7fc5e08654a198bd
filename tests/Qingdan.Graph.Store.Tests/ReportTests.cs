using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Core.Rules;
using Qingdan.Graph.Store.Findings;
using Qingdan.Graph.Store.Graph;
using Qingdan.Graph.Store.Ingest;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Store.Tests;

/// <summary>
/// Personal-matters reports on a real store, PostgreSQL and SQLite: read from the cadre bundle, their items resolved to the
/// company registry's entities, held beside the snapshot, and checked by REP; restated, corrected and refused like any row.
/// </summary>
public abstract class ReportTests(StoreFixture fixture) : IAsyncLifetime
{
    private readonly List<BundleBuilder> _bundles = [];

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        // The company registry: the spouse holds 35% of a building firm and chairs a trading firm; the official's son holds 5%
        // of the building firm; the official's father holds 60% of a third firm (no relative a report must cover).
        await IngestAsync(Bundle("company-1", "company")
            .File(
                "people.csv",
                "ref,name,id_number",
                "c-p2,李秀英,440802197005020028",
                "c-p3,王小明,440802199501010012",
                "c-p4,王大山,440802194002020010")
            .File(
                "companies.csv",
                "ref,name,credit_code,region_code,industry",
                "c-c1,湛江市海滨建材有限公司,91440802MA4UJ0XX1P,440802,E48",
                "c-c2,湛江山海贸易有限公司,,440802,F51",
                "c-c3,湛江大山渔业有限公司,,440802,A04")
            .File(
                "shareholdings.csv",
                "holder_ref,holder_kind,company_ref,share,start_date",
                "c-p2,person,c-c1,35,2016-01-01",
                "c-p3,person,c-c1,5,2020-01-01",
                "c-p4,person,c-c3,60,2010-01-01")
            .File("company_roles.csv", "person_ref,company_ref,role,start_date", "c-p2,c-c2,chair,2021-01-01"));
    }

    public Task DisposeAsync()
    {
        foreach (var bundle in _bundles)
        {
            bundle.Dispose();
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_report_that_leaves_out_a_spouse_s_post_and_a_son_it_does_not_list_is_found_and_what_it_declares_is_not()
    {
        await IngestAsync(Cadre("cadre-1")
            .File("reports.csv", "ref,person_ref,report_date,submitted_date", "r2024,p1,2024-12-31,2025-01-20")
            .File(
                "report_items.csv",
                "report_ref,item,person_ref,relation,company_ref",
                "r2024,relative,p2,spouse,",
                "r2024,holding,p2,,c1"));

        await SweepAsync();

        await using var context = fixture.CreateContext();
        var findings = await context.Findings.Where(f => f.Rule == RuleId.REP).OrderBy(f => f.CompanyId).ToListAsync();
        var companies = await context.Companies.ToDictionaryAsync(c => c.Id, c => c.Name);
        // The spouse's declared stake is not a finding; her chair of the trading firm is; the son, whom the report does
        // not list, holds 5% of the building firm; the father's firm is no report's business.
        Assert.Equal(
            [("湛江山海贸易有限公司", "undeclared_interest", "spouse"), ("湛江市海滨建材有限公司", "undeclared_relative", "child")],
            findings.Select(f => (companies[f.CompanyId], f.Variants, f.Relations)).OrderBy(f => f.Item1, StringComparer.Ordinal));

        var body = FindingBody.Parse(findings.Single(f => f.Variants == "undeclared_interest").Body);
        Assert.Equal("领导干部报告个人有关事项规定（2017）", body.Clause.Regulation);
        var report = Assert.Single(body.Reports);
        Assert.Equal(("cadre", "r2024", new DateOnly(2024, 12, 31), "reports.csv", 2), (report.Registry, report.Ref, report.ReportDate, report.Source.File, report.Source.Line));
        var path = Assert.Single(body.Evidence);
        Assert.Equal((new DateOnly(2024, 12, 31), "spouse+undeclared"), (path.On, path.Shows));
        Assert.Equal([LinkKind.Family, LinkKind.Role], path.Links.Select(l => l.Kind));
        Assert.Equal(report.Id, path.Report?.Id);
        Assert.Contains("senior_post", body.Reasons);
        Assert.Contains("relative_left_out", FindingBody.Parse(findings.Single(f => f.Variants == "undeclared_relative").Body).Reasons);
    }

    [Fact]
    public async Task Reports_are_stored_with_their_rows_and_the_entities_their_records_resolve_to()
    {
        await IngestAsync(Cadre("cadre-1")
            .File("reports.csv", "ref,person_ref,report_date", "r2024,p1,2024-12-31")
            .File("report_items.csv", "report_ref,item,person_ref,relation,company_ref", "r2024,relative,p2,spouse,", "r2024,holding,p2,,c1"));

        var load = await SnapshotLoader.LoadAsync(fixture.Connection, useImage: false, CancellationToken.None);
        var report = Assert.Single(load.Snapshot.Reports.All);
        var official = load.Snapshot.IndexOf(report.Person);
        Assert.True(load.Snapshot.IsOfficial(official));
        await using var context = fixture.CreateContext();
        var building = await context.Companies.SingleAsync(c => c.Name == "湛江市海滨建材有限公司");
        // The cadre registry's c1 and the company registry's c-c1 share a credit code: one entity, which the item names.
        Assert.Equal(new EntityId(NodeKind.Company, building.Id), report.Items.Single(i => i.Kind == ReportItemKind.Holding).Company);
        Assert.Equal(("cadre-1", "report_items.csv", 3), (report.Items[1].Source.Bundle, report.Items[1].Source.File, report.Items[1].Source.Line));
        Assert.Equal("spouse", report.Items[0].Relation);
        Assert.Equal(2, await context.PersonalReportItems.CountAsync());
    }

    [Fact]
    public async Task Restating_a_report_changes_nothing_and_a_later_item_declares_what_was_left_out()
    {
        await IngestAsync(Cadre("cadre-1")
            .File("reports.csv", "ref,person_ref,report_date", "r2024,p1,2024-12-31")
            .File("report_items.csv", "report_ref,item,person_ref,relation,company_ref", "r2024,relative,p2,spouse,", "r2024,relative,p3,child,"));
        var first = await SweepAsync();
        Assert.Equal(2, Digest(first).Found);

        // The same report stated again by another bundle of the registry: one report, the same items, the same findings.
        await IngestAsync(Cadre("cadre-2")
            .File("reports.csv", "ref,person_ref,report_date", "r2024,p1,2024-12-31")
            .File("report_items.csv", "report_ref,item,person_ref,relation,company_ref", "r2024,relative,p2,spouse,"));
        Assert.Equal((0, 2), (Digest(await SweepAsync()).New, Digest(await SweepAsync()).Persisting));
        await using (var context = fixture.CreateContext())
        {
            Assert.Equal((1, 2), (await context.PersonalReports.CountAsync(), await context.PersonalReportItems.CountAsync()));
        }

        // A correction adds the spouse's post to the report: that finding resolves, the son's stays.
        await IngestAsync(Cadre("cadre-3").File("report_items.csv", "report_ref,item,person_ref,relation,company_ref", "r2024,post,p2,,c2"));
        var corrected = await SweepAsync();
        Assert.Equal((1, 1), (Digest(corrected).Resolved, Digest(corrected).Found));
    }

    [Fact]
    public async Task An_item_of_no_known_report_is_rejected_naming_its_row_and_all_or_nothing_keeps_nothing()
    {
        var bundle = Cadre("cadre-1")
            .File("reports.csv", "ref,person_ref,report_date", "r2024,p1,2024-12-31", "r2025,p1,31/12/2025")
            .File("report_items.csv", "report_ref,item,person_ref,relation,company_ref", "r2023,relative,p2,spouse,", "r2024,holding,p2,,");

        var refused = await new BundleIngestor(fixture.Connection, TimeProvider.System)
            .IngestAsync(bundle.Folder, new IngestOptions { AllOrNothing = true }, CancellationToken.None);
        Assert.Equal(IngestStatus.RolledBack, refused.Status);
        Assert.Equal(
            [("report_items.csv", 2, "unknown report_ref 'r2023'"), ("report_items.csv", 3, "required value 'company_ref' is empty"), ("reports.csv", 3, "report_date")],
            refused.Issues.Where(i => i.Rejected).Select(i => (i.File, i.Line, Short(i.Reason))).Order());
        await using var context = fixture.CreateContext();
        Assert.Equal(0, await context.PersonalReports.CountAsync());

        var kept = await new BundleIngestor(fixture.Connection, TimeProvider.System)
            .IngestAsync(bundle.Folder, new IngestOptions(), CancellationToken.None);
        Assert.Equal((IngestStatus.Committed, 3), (kept.Status, (int)kept.Rejected));
        Assert.Equal((1, 0), (await context.PersonalReports.CountAsync(), await context.PersonalReportItems.CountAsync()));
    }

    private static string Short(string reason) =>
        reason.StartsWith("unknown report_ref", StringComparison.Ordinal) ? reason[..26]
            : reason.Contains("report_date", StringComparison.Ordinal) ? "report_date" : reason;

    /// <summary>The cadre registry: the official, his wife and son, his father; the firms restated by credit code or name.</summary>
    private BundleBuilder Cadre(string id) => Bundle(id, "cadre")
        .File(
            "people.csv",
            "ref,name,id_number",
            "p1,王建国,440802196803150017",
            "p2,李秀英,440802197005020028",
            "p3,王小明,440802199501010012",
            "p4,王大山,440802194002020010")
        .File("companies.csv", "ref,name,credit_code", "c1,湛江市海滨建材有限公司,91440802MA4UJ0XX1P", "c2,湛江山海贸易有限公司,")
        .File("agencies.csv", "ref,name,region_code", "a1,湛江市住房和城乡建设局,440800")
        .File("positions.csv", "person_ref,agency_ref,title,start_date", "p1,a1,局长,2015-01-01")
        .File(
            "family.csv",
            "person_ref,relative_ref,relation,start_date",
            "p1,p2,spouse,1995-10-01",
            "p1,p3,child,1995-01-01",
            "p1,p4,parent,1968-03-15");

    private async Task<SweepReport> SweepAsync() =>
        await new SweepRunner(fixture.Connection, TimeProvider.System)
            .RunAsync(new SweepRequest { MaxParallelism = 2 }, CancellationToken.None);

    private static RuleDigest Digest(SweepReport report) => report.Rules.Single(r => r.Rule == "REP");

    private BundleBuilder Bundle(string id, string registry)
    {
        var bundle = new BundleBuilder(id, registry);
        _bundles.Add(bundle);
        return bundle;
    }

    private async Task IngestAsync(BundleBuilder bundle)
    {
        var report = await new BundleIngestor(fixture.Connection, TimeProvider.System).IngestAsync(
            bundle.Folder,
            new IngestOptions(),
            CancellationToken.None);
        Assert.True(
            report.Status == IngestStatus.Committed && report.Rejected == 0,
            $"{bundle.Folder}: {report.Error} {string.Join("; ", report.Issues)}");
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresReportTests(PostgresFixture fixture) : ReportTests(fixture);

[Collection(SqliteCollection.Name)]
public sealed class SqliteReportTests(SqliteFixture fixture) : ReportTests(fixture);
