using Npgsql;
using Qingdan.Graph.Store.Ingest;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Store.Tests;

/// <summary>
/// A large load on PostgreSQL drops the secondary indexes of the tables it fills and builds them again
/// before it commits (docs/ingest.md "Large loads"): the store it leaves must be the one the row-by-row
/// path leaves, its schema unchanged, and nothing of it may outlive a rollback.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class LargeLoadTests(PostgresFixture fixture) : IAsyncLifetime
{
    private readonly List<BundleBuilder> _bundles = [];

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync()
    {
        foreach (var bundle in _bundles)
        {
            bundle.Dispose();
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_first_load_is_large_and_leaves_every_index_as_the_migrations_made_it()
    {
        var indexes = await IndexesAsync();
        var stages = new List<string>();

        var report = await IngestAsync(Cadre(), new IngestOptions(), stages);

        Assert.Equal(IngestStatus.Committed, report.Status);
        Assert.Contains("building indexes", stages);
        Assert.Equal(indexes, await IndexesAsync());
        Assert.Contains("ix_links_fact_key", indexes);
    }

    [Fact]
    public async Task A_small_batch_into_a_large_table_writes_through_the_indexes()
    {
        await IngestAsync(Cadre(people: 40), new IngestOptions(), []);
        var stages = new List<string>();

        await IngestAsync(Cadre("cadre-2026b", "2026-09-30", people: 2), new IngestOptions(), stages);

        Assert.DoesNotContain("building indexes", stages);
    }

    [Fact]
    public async Task Restated_and_repeated_facts_end_as_the_row_by_row_merge_leaves_them()
    {
        var first = Cadre(people: 6);
        var restating = Cadre("cadre-2026b", "2026-09-30", people: 9, repeatFirstFact: true);

        var rowByRow = await LoadAsync(new IngestOptions { LargeLoad = false }, first, restating);
        await fixture.ResetAsync();
        var large = await LoadAsync(new IngestOptions { LargeLoad = true }, first, restating);

        Assert.Equal(rowByRow, large);
        // Each fact once, stated last by the second export, provenance from the first statement.
        Assert.Contains("family.csv:2 batch=1 last=2026-09-30", large, StringComparison.Ordinal);
        Assert.Equal(8, large.Split('\n').Count(line => line.StartsWith("family.csv:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_rolled_back_large_load_leaves_the_indexes()
    {
        var indexes = await IndexesAsync();
        var bundle = Cadre().File("family.csv", "person_ref,relative_ref,relation", "p0,p1,spouse", "p0,nobody,spouse");

        var report = await IngestAsync(bundle, new IngestOptions(AllOrNothing: true) { LargeLoad = true }, []);

        Assert.Equal(IngestStatus.RolledBack, report.Status);
        Assert.Equal(indexes, await IndexesAsync());
    }

    [Fact]
    public async Task A_reader_holding_a_table_makes_the_load_write_through_the_indexes_instead_of_waiting()
    {
        var indexes = await IndexesAsync();
        await using var reader = new NpgsqlConnection(fixture.Connection.ConnectionString);
        await reader.OpenAsync();
        await using var reading = await reader.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead);
        await using (var command = new NpgsqlCommand("SELECT count(*) FROM links", reader, reading))
        {
            await command.ExecuteScalarAsync();
        }

        var stages = new List<string>();
        var report = await IngestAsync(Cadre(), new IngestOptions { LargeLoad = true }, stages);

        Assert.Equal(IngestStatus.Committed, report.Status);
        Assert.DoesNotContain("building indexes", stages);
        Assert.Equal(indexes, await IndexesAsync());
        Assert.Equal(report.Links, await ScalarAsync("SELECT count(*) FROM links"));
    }

    private BundleBuilder Cadre(string id = "cadre-2026", string asOf = "2026-06-30", int people = 4, bool repeatFirstFact = false)
    {
        var bundle = new BundleBuilder(id, "cadre", asOf);
        _bundles.Add(bundle);
        var family = Enumerable.Range(1, people - 1).Select(i => $"p0,p{i},{(i == 1 ? "spouse" : "child")}").ToList();
        if (repeatFirstFact)
        {
            family.Add(family[0]);
        }

        return bundle
            .File(
                "people.csv",
                ["ref,name,birth_date", .. Enumerable.Range(0, people).Select(i => $"p{i},王{i}号,1970-01-{1 + (i % 28):00}")])
            .File("agencies.csv", "ref,name", "a1,湛江市住房和城乡建设局")
            .File("positions.csv", "person_ref,agency_ref,title,start_date", "p0,a1,局长,2015-01-01")
            .File("family.csv", ["person_ref,relative_ref,relation", .. family]);
    }

    private async Task<string> LoadAsync(IngestOptions options, params BundleBuilder[] bundles)
    {
        foreach (var bundle in bundles)
        {
            Assert.Equal(IngestStatus.Committed, (await IngestAsync(bundle, options, [])).Status);
        }

        await using var context = fixture.CreateContext();
        Assert.Empty(await StoreIntegrity.ProblemsAsync(context));
        var facts = new List<string>();
        await using var connection = new NpgsqlConnection(fixture.Connection.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT file, line, batch_id, last_stated_as_of, fact_key FROM links ORDER BY fact_key",
            connection);
        await using var rows = await command.ExecuteReaderAsync();
        while (await rows.ReadAsync())
        {
            facts.Add($"{rows.GetString(0)}:{rows.GetInt32(1)} batch={rows.GetInt64(2)} last={rows.GetFieldValue<DateOnly>(3):yyyy-MM-dd}");
        }

        return string.Join('\n', facts) + "\n" + await GraphDump.DumpAsync(context);
    }

    private async Task<string> IndexesAsync()
    {
        await using var connection = new NpgsqlConnection(fixture.Connection.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname",
            connection);
        await using var rows = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await rows.ReadAsync())
        {
            lines.Add($"{rows.GetString(0)}: {rows.GetString(1)}");
        }

        return string.Join('\n', lines);
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(fixture.Connection.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private Task<IngestReport> IngestAsync(BundleBuilder bundle, IngestOptions options, List<string> stages) =>
        new BundleIngestor(fixture.Connection, TimeProvider.System, new Stages(stages)).IngestAsync(
            bundle.Folder,
            options,
            CancellationToken.None);

    private sealed class Stages(List<string> stages) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => stages.Add(value.Stage);
    }
}
