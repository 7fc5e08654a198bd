using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Qingdan.Graph.Server.Api;
using Qingdan.Graph.Server.Sweeps;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Findings;
using Qingdan.Graph.Store.Graph;
using Qingdan.Graph.Store.Ingest;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Server.Tests;

/// <summary>Scheduled sweeps on a cron expression read in a time zone, on a fake clock and a real SQLite store.</summary>
[Collection(SqliteCollection.Name)]
public sealed class SweepSchedulerTests(SqliteFixture fixture) : IAsyncLifetime
{
    // 01:00 on 29 November in Shanghai (UTC+8).
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 17, 0, 0, TimeSpan.Zero);

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        using var bundle = new BundleBuilder("cadre-x", "cadre")
            .File("people.csv", "ref,name,id_number", "p1,王建国,440802196803150017", "p2,李秀英,440802197005020028")
            .File("agencies.csv", "ref,name,region_code", "a1,湛江市住房和城乡建设局,440800")
            .File("positions.csv", "person_ref,agency_ref,start_date", "p1,a1,2015-01-01")
            .File("family.csv", "person_ref,relative_ref,relation,start_date", "p1,p2,spouse,1995-10-01")
            .File("companies.csv", "ref,name,region_code,industry", "c1,湛江市海滨建材有限公司,440802,E48")
            .File("shareholdings.csv", "holder_ref,holder_kind,company_ref,share,start_date", "p2,person,c1,0.35,2016-01-01");
        var report = await new BundleIngestor(fixture.Connection, TimeProvider.System).IngestAsync(
            bundle.Folder,
            new IngestOptions(),
            CancellationToken.None);
        Assert.Equal(IngestStatus.Committed, report.Status);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Scheduled_sweep_runs_at_the_cron_time_in_its_zone_and_leaves_a_digest()
    {
        var time = new FakeTimeProvider(Start);
        var health = new SweepHealth();
        using var snapshots = new SnapshotProvider(fixture.Connection);
        using var scheduler = Scheduler(snapshots, fixture.Connection, time, health, "0 2 * * *");

        await scheduler.StartAsync(CancellationToken.None);
        await WaitAsync(() => health.NextRun is not null);
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 18, 0, 0, TimeSpan.Zero), health.NextRun);

        await Task.Delay(200);
        time.Advance(TimeSpan.FromMinutes(59));
        await Task.Delay(200);
        Assert.Equal(0, health.Succeeded);
        time.Advance(TimeSpan.FromMinutes(1));
        await WaitAsync(() => health.Succeeded == 1);
        await scheduler.StopAsync(CancellationToken.None);

        Assert.True(health.Healthy);
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 18, 0, 0, TimeSpan.Zero), health.NextRun);
        await using var context = fixture.CreateContext();
        var sweep = await context.Sweeps.SingleAsync();
        Assert.Equal((SweepTrigger.Schedule, "scheduler", SweepStatus.Succeeded), (sweep.Trigger, sweep.RequestedBy, sweep.Status));
        Assert.Contains("\"new_findings\":[\"f_1\"]", sweep.Digest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_scheduled_sweep_shows_in_health_until_one_succeeds()
    {
        var time = new FakeTimeProvider(Start);
        var health = new SweepHealth();
        var missing = StoreConnection.Parse(
            $"Data Source={Path.Combine(Path.GetTempPath(), $"qingdan-missing-{Guid.NewGuid():N}", "nowhere", "q.db")}");
        using var snapshots = new SnapshotProvider(missing);
        using var scheduler = Scheduler(snapshots, missing, time, health, "*/10 * * * *");

        await scheduler.StartAsync(CancellationToken.None);
        await WaitAsync(() => health.NextRun is not null);
        await Task.Delay(200);
        time.Advance(TimeSpan.FromMinutes(10));
        await WaitAsync(() => health.Failed == 1);
        await scheduler.StopAsync(CancellationToken.None);

        Assert.False(health.Healthy);
        Assert.NotNull(health.LastError);
    }

    [Theory]
    [InlineData("every night", "Asia/Shanghai", "Sweeps:Schedule 'every night' is not a cron expression")]
    [InlineData("0 2 * * *", "Mars/Olympus", "Sweeps:TimeZone 'Mars/Olympus' is not a known time zone")]
    public void A_wrong_schedule_or_zone_is_refused_naming_the_setting(string schedule, string zone, string message)
    {
        var error = Assert.Throws<OptionsValidationException>(
            () => SweepScheduler.Parse(new SweepScheduleOptions { Schedule = schedule, TimeZone = zone }));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_host_holds_one_snapshot_provider_and_its_scheduled_sweeps_read_that_snapshot()
    {
        var time = new FakeTimeProvider(Start);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
            new Dictionary<string, string?> { ["Sweeps:Schedule"] = "0 2 * * *" }).Build();
        var services = new ServiceCollection().AddLogging().AddQingdanApi(configuration, fixture.Connection);
        services.AddSingleton<TimeProvider>(time);
        await using var host = services.BuildServiceProvider();
        var snapshots = host.GetRequiredService<SnapshotProvider>();
        var health = host.GetRequiredService<SweepHealth>();
        var scheduler = host.GetServices<IHostedService>().OfType<SweepScheduler>().Single();

        await scheduler.StartAsync(CancellationToken.None);
        await WaitAsync(() => health.NextRun is not null);
        Assert.Null(snapshots.Current);
        await Task.Delay(200);
        time.Advance(TimeSpan.FromHours(1));
        await WaitAsync(() => health.Succeeded == 1);
        await scheduler.StopAsync(CancellationToken.None);

        // The sweep loaded the snapshot the server answers queries from: there is no second one.
        Assert.Single(services, s => s.ServiceType == typeof(SnapshotProvider));
        Assert.NotNull(snapshots.Current);
        Assert.Same(snapshots.Current, await snapshots.GetAsync(CancellationToken.None));
    }

    private static SweepScheduler Scheduler(
        SnapshotProvider snapshots,
        StoreConnection connection,
        TimeProvider time,
        SweepHealth health,
        string schedule) =>
        new(
            new SweepRunner(connection, time, snapshots),
            time,
            health,
            Options.Create(new SweepScheduleOptions { Schedule = schedule, TimeZone = "Asia/Shanghai" }),
            NullLogger<SweepScheduler>.Instance);

    private static async Task WaitAsync(Func<bool> condition)
    {
        for (var attempt = 0; attempt < 100 && !condition(); attempt++)
        {
            await Task.Delay(100);
        }

        Assert.True(condition(), "the scheduler did not get there within 10 s");
    }
}
