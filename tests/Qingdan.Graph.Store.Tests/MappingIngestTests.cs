using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Store.Findings;
using Qingdan.Graph.Store.Ingest;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Store.Tests;

/// <summary>Delivered files through a mapping into a real store: the bundle's path after the mapping, on PostgreSQL and SQLite.</summary>
public abstract class MappingIngestTests(StoreFixture fixture) : IAsyncLifetime
{
    private static readonly string Examples = Path.Combine(RepositoryRoot.Path, "examples", "mappings");
    private readonly MappingFolder _folder = new();

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_three_example_layouts_ingest_with_nothing_rejected_and_the_sweep_finds_what_they_imply()
    {
        foreach (var example in new[] { "cadre", "company", "bank" })
        {
            var report = await IngestAsync(Path.Combine(Examples, example, $"{example}.yaml"));
            Assert.Equal((IngestStatus.Committed, 0L, 0L), (report.Status, report.Rejected, report.Warnings));
        }

        await new SweepRunner(fixture.Connection, TimeProvider.System).RunAsync(new SweepRequest(), CancellationToken.None);

        await using var context = fixture.CreateContext();
        var findings = await context.Findings.AsNoTracking().ToListAsync();
        var names = await context.Nodes.AsNoTracking().ToDictionaryAsync(n => n.Id, n => n.Name);
        Assert.Equal(
            [
                ("NL3", "王建国", "湛江市宏达贸易有限公司", "fee,loan"),
                ("NL5", "王建国", "湛江市宏达贸易有限公司", "employment,shares"),
                ("NL5", "王建国", "湛江市海滨建材有限公司", "employment,shares"),
            ],
            findings.Select(f => (f.Rule.ToString(), names[f.OfficialId], names[f.CompanyId], f.Variants)).Order());
        Assert.Empty(await StoreIntegrity.ProblemsAsync(context));
    }

    [Fact]
    public async Task Facts_cite_the_delivered_file_its_sheet_and_the_row_as_the_sheet_shows_it()
    {
        await IngestAsync(Path.Combine(Examples, "cadre", "cadre.yaml"));

        await using var context = fixture.CreateContext();
        var son = await context.SourceRecords.SingleAsync(r => r.Ref == "440802196803150017|王小明");
        var tie = await context.Links.SingleAsync(l => l.Kind == LinkKind.Family && l.Detail == "child");
        Assert.Equal(("干部信息2026.xlsx!家庭成员", 4), (son.File, son.Line));
        Assert.Equal(("cadre", "干部信息2026.xlsx!家庭成员", 4), (tie.Registry, tie.File, tie.Line));
        var batch = await context.IngestBatches.SingleAsync();
        Assert.Equal(("cadre-2026-06", IngestBatchStatus.Committed, "delta"), (batch.BundleId, batch.Status, batch.Mode));
    }

    [Fact]
    public async Task A_birth_month_is_stored_as_published()
    {
        await IngestAsync(Path.Combine(Examples, "cadre", "cadre.yaml"));

        await using var context = fixture.CreateContext();
        var father = await context.SourceRecords.SingleAsync(r => r.Ref == "440802196803150017|王德福");
        Assert.Equal(((DateOnly?)null, "1940-01"), (father.BirthDate, father.BirthMonth));
        var fatherEntity = await context.People.SingleAsync(p => p.Id == father.EntityId);
        Assert.Equal(((DateOnly?)null, "1940-01"), (fatherEntity.BirthDate, fatherEntity.BirthMonth));
        // A birth month beside a valid identity number: the number gives the day.
        var wife = await context.People.SingleAsync(p => p.IdNumber == "440802197005120029");
        Assert.Equal(((DateOnly?)new DateOnly(1970, 5, 12), (string?)null), (wife.BirthDate, wife.BirthMonth));
    }

    [Fact]
    public async Task The_same_records_as_a_bundle_and_through_a_mapping_make_the_same_graph()
    {
        using var bundle = new BundleBuilder("cadre-b", "cadre")
            .File("people.csv", "ref,name,id_number,birth_date,gender", "p1,王建国,440802196803150017,1968-03-15,M", "p2,李秀英,,1970-05,F")
            .File("agencies.csv", "ref,name,region_code,sectors", "a1,湛江市住房和城乡建设局,440800,E|F")
            .File("positions.csv", "person_ref,agency_ref,title,start_date,end_date,powers", "p1,a1,局长,2015-03,,license|subsidy")
            .File("family.csv", "person_ref,relative_ref,relation,start_date,end_date", "p1,p2,spouse,1995-10-01,");
        await IngestAsync(bundle.Folder, mapping: false);
        var fromBundle = await DumpAsync();

        await fixture.ResetAsync();
        _folder.Xlsx("干部.xlsx", new XlsxBuilder().Sheet("干部")
            .Row(1, "干部名册")
            .Row(
                2,
                "编号",
                "姓名",
                "身份证号",
                "出生日期",
                "性别",
                "单位编号",
                "单位",
                "区划",
                "分管",
                "职务",
                "任职时间",
                "审批事项",
                "家属编号",
                "家属姓名",
                "家属出生",
                "家属性别",
                "称谓",
                "结婚时间")
            .Row(
                3,
                "p1",
                "王建国",
                "440802196803150017",
                XlsxCell.Date(new DateOnly(1968, 3, 15)),
                "男",
                "a1",
                "湛江市住房和城乡建设局",
                "440800",
                "E、F",
                "局长",
                "2015.03",
                "行政许可、财政补贴",
                "p2",
                "李秀英",
                "1970.05",
                "女",
                "妻子",
                "1995年10月1日"));
        var mapping = _folder.Mapping("""
            registry: cadre
            as_of: 2026-06-30
            id: cadre-b
            tables:
              - file: 干部.xlsx
                records:
                  official: { kind: people, ref: [编号], fields: { name: 姓名, id_number: 身份证号, birth_date: { column: 出生日期, date: auto }, gender: { column: 性别, map: gender } } }
                  agency: { kind: agencies, ref: [单位编号], fields: { name: 单位, region_code: 区划, sectors: { column: 分管, list: 、 } } }
                  post:
                    kind: positions
                    fields:
                      person_ref: { record: official }
                      agency_ref: { record: agency }
                      title: 职务
                      start_date: { column: 任职时间, date: auto }
                      powers: { column: 审批事项, list: 、, map: decision_kind }
                  relative: { kind: people, ref: [家属编号], fields: { name: 家属姓名, birth_date: { column: 家属出生, date: yyyy.MM }, gender: { column: 家属性别, map: gender } } }
                  tie: { kind: family, fields: { person_ref: { record: official }, relative_ref: { record: relative }, relation: { column: 称谓, map: relation }, start_date: { column: 结婚时间, date: auto } } }
            """);
        await IngestAsync(mapping);

        Assert.Equal(GraphDump.WithoutProvenance(fromBundle), GraphDump.WithoutProvenance(await DumpAsync()));
    }

    [Fact]
    public async Task Ingesting_the_same_delivered_files_twice_changes_nothing_and_a_changed_file_is_a_new_batch()
    {
        var mapping = Path.Combine(Examples, "company", "company.yaml");
        await IngestAsync(mapping);
        var before = await DumpAsync();

        var again = await IngestAsync(mapping);

        Assert.Equal(IngestStatus.Unchanged, again.Status);
        Assert.Equal(before, await DumpAsync());
        CopyExample("company", _folder.Folder);
        File.AppendAllText(
            Path.Combine(_folder.Folder, "主要人员信息.csv"),
            "91440800MA4UJ0XX1T,湛江市海滨建材有限公司,李秀英,440802197005120029,董事,2024-01-01\r\n",
            BundleBuilder.Gb18030Encoding);
        var changed = await IngestAsync(Path.Combine(_folder.Folder, "company.yaml"));
        Assert.Equal((IngestStatus.Committed, 0L), (changed.Status, changed.Rejected));
        await using var context = fixture.CreateContext();
        Assert.Equal(2, await context.IngestBatches.CountAsync(b => b.Status == IngestBatchStatus.Committed));
        Assert.Equal(1, await context.Links
            .CountAsync(l => l.Kind == LinkKind.Role && l.Detail == "director" && l.StartDate == new DateOnly(2024, 1, 1)));
    }

    [Fact]
    public async Task A_mapping_that_cannot_be_used_writes_nothing()
    {
        _folder.Csv("a.csv", "utf-8", "号,姓名", "p1,王建国");
        var mapping = _folder.Mapping("""
            registry: cadre
            tables:
              - file: a.csv
                records:
                  person: { kind: people, ref: [号], fields: { name: 名 } }
            """);

        var report = await IngestAsync(mapping);

        Assert.Equal(IngestStatus.Failed, report.Status);
        Assert.Contains("a.csv: no row among the first 100 holds every column the table names", report.Error, StringComparison.Ordinal);
        await using var context = fixture.CreateContext();
        Assert.Equal((0, 0), (await context.IngestBatches.CountAsync(), await context.SourceRecords.CountAsync()));
    }

    [Fact]
    public async Task With_all_or_nothing_a_rejected_row_commits_nothing_but_is_kept_with_its_cells()
    {
        _folder.Csv("a.csv", "utf-8", "号,名,生日", "p1,王建国,1968-03-15", "p2,李秀英,去年");
        var mapping = _folder.Mapping("""
            registry: cadre
            tables:
              - file: a.csv
                records:
                  person: { kind: people, ref: [号], fields: { name: 名, birth_date: { column: 生日, date: auto } } }
            """);

        var report = await new BundleIngestor(fixture.Connection, TimeProvider.System).IngestMappingAsync(
            mapping,
            null,
            new IngestOptions(AllOrNothing: true),
            CancellationToken.None);

        Assert.Equal((IngestStatus.RolledBack, 1L), (report.Status, report.Rejected));
        await using var context = fixture.CreateContext();
        Assert.Equal(0, await context.SourceRecords.CountAsync());
        var rejected = await context.RejectedRows.SingleAsync();
        Assert.Equal(("a.csv", 3, "p2,李秀英,去年"), (rejected.File, rejected.Line, rejected.Raw));
        Assert.StartsWith("生日: '去年' is not a date", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_snapshot_mapping_closes_the_facts_its_registry_no_longer_states()
    {
        _folder.Csv("roles.csv", "utf-8", "代码,企业,号,姓名,职务", "c1,甲公司,p1,王小明,董事", "c1,甲公司,p2,李秀英,监事");
        const string yaml = """
            registry: company
            mode: snapshot
            as_of: {0}
            tables:
              - file: roles.csv
                records:
                  company: { kind: companies, ref: [代码], fields: { name: 企业 } }
                  person: { kind: people, ref: [号], fields: { name: 姓名 } }
                  post: { kind: company_roles, fields: { person_ref: { record: person }, company_ref: { record: company }, role: { column: 职务, map: role } } }
            """;
        await IngestAsync(_folder.Mapping(yaml.Replace("{0}", "2026-03-31", StringComparison.Ordinal), "march.yaml"));
        _folder.Csv("roles.csv", "utf-8", "代码,企业,号,姓名,职务", "c1,甲公司,p1,王小明,董事");

        await IngestAsync(_folder.Mapping(yaml.Replace("{0}", "2026-06-30", StringComparison.Ordinal), "june.yaml"));

        await using var context = fixture.CreateContext();
        var roles = await context.Links.Where(l => l.Kind == LinkKind.Role).OrderBy(l => l.Detail).Select(l => new { l.Detail, l.EndDate })
            .ToListAsync();
        Assert.Equal([("director", (DateOnly?)null), ("supervisor", new DateOnly(2026, 6, 30))], roles.Select(r => (r.Detail!, r.EndDate)));
    }

    private static void CopyExample(string example, string into)
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Examples, example)))
        {
            File.Copy(file, Path.Combine(into, Path.GetFileName(file)), overwrite: true);
        }
    }

    private Task<IngestReport> IngestAsync(string path, bool mapping = true) => mapping
        ? new BundleIngestor(fixture.Connection, TimeProvider.System).IngestMappingAsync(
            path,
            null,
            new IngestOptions(),
            CancellationToken.None)
        : new BundleIngestor(fixture.Connection, TimeProvider.System).IngestAsync(path, new IngestOptions(), CancellationToken.None);

    private async Task<string> DumpAsync()
    {
        await using var context = fixture.CreateContext();
        Assert.Empty(await StoreIntegrity.ProblemsAsync(context));
        return await GraphDump.DumpAsync(context);
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresMappingIngestTests(PostgresFixture fixture) : MappingIngestTests(fixture);

[Collection(SqliteCollection.Name)]
public sealed class SqliteMappingIngestTests(SqliteFixture fixture) : MappingIngestTests(fixture);
