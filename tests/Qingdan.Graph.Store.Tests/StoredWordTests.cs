using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Rules;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Findings;
using Qingdan.Graph.Store.Ingest;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Store.Tests;

/// <summary>
/// The typed vocabulary columns hold the words they held as strings (<c>NL9</c>, <c>in_progress</c>,
/// <c>rolled_back</c>), as raw SQL, the findings export and stores written before they were typed read them.
/// </summary>
public abstract class StoredWordTests(StoreFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Typed_columns_are_stored_as_the_words_they_were_and_read_back_typed()
    {
        var at = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        await using (var write = fixture.CreateContext())
        {
            write.IngestBatches
                .Add(new IngestBatch { BundleId = "b", Registry = "cadre", Status = IngestBatchStatus.RolledBack, StartedAt = at });
            var sweep = new SweepRow
            {
                StartedAt = at,
                Status = SweepStatus.Succeeded,
                Trigger = SweepTrigger.Schedule,
                Rules = "NL9",
                Parameters = "{}"
            };
            var finding = new FindingRow
            {
                Rule = RuleId.NL9,
                OfficialId = 1,
                CompanyId = 2,
                Variants = "role",
                Severity = Severity.High,
                Relations = "child",
                TriageStatus = TriageStatus.InProgress,
                EvidenceKeys = string.Empty,
                Body = "{}",
                FirstSeenAt = at,
                LastSeenAt = at,
            };
            write.AddRange(sweep, finding);
            await write.SaveChangesAsync();
            write.FindingEvents.Add(new FindingEventRow
            {
                FindingId = finding.Id,
                At = at,
                Kind = FindingEventKind.Reappeared,
                Actor = "s_1",
                FromStatus = TriageStatus.Dismissed,
                ToStatus = TriageStatus.InProgress
            });
            write.SweepFindings.Add(new SweepFindingRow { SweepId = sweep.Id, FindingId = finding.Id, Change = FindingChange.Persisting });
            await write.SaveChangesAsync();
        }

        await using var read = fixture.CreateContext();

        Assert.Equal(
            ["rolled_back", "succeeded|schedule", "NL9|high|in_progress", "reappeared|dismissed|in_progress", "persisting"],
            [
                await Word(read, "SELECT status AS \"Value\" FROM ingest_batches"),
                await Word(read, "SELECT status || '|' || \"trigger\" AS \"Value\" FROM sweeps"),
                await Word(read, "SELECT rule || '|' || severity || '|' || triage_status AS \"Value\" FROM findings"),
                await Word(read, "SELECT kind || '|' || from_status || '|' || to_status AS \"Value\" FROM finding_events"),
                await Word(read, "SELECT change AS \"Value\" FROM sweep_findings"),
            ]);
        var row = await read.Findings.SingleAsync(f => f.Rule == RuleId.NL9 && f.TriageStatus == TriageStatus.InProgress);
        Assert.Equal(Severity.High, row.Severity);
        Assert.Equal((TriageStatus?)TriageStatus.Dismissed, (await read.FindingEvents.SingleAsync()).FromStatus);
    }

    private static Task<string> Word(QingdanDbContext context, string sql) => context.Database.SqlQueryRaw<string>(sql).SingleAsync();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresStoredWordTests(PostgresFixture fixture) : StoredWordTests(fixture);

[Collection(SqliteCollection.Name)]
public sealed class SqliteStoredWordTests(SqliteFixture fixture) : StoredWordTests(fixture);
