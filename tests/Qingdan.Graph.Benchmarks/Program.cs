using System.Diagnostics;
using System.Globalization;
using Qingdan.Graph.Benchmarks;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Ingest;

// qingdan-bench ingest --people N --db CONNECTION [--work DIR]
// Writes a synthetic bundle of 5×N rows, ingests it into a fresh database and prints rows/s and peak memory.
if (args.Length < 1 || args[0] is not ("ingest" or "snapshot" or "paths" or "sweep" or "nl5" or "load" or "resolve" or "mapping" or "xlsx-readers"))
{
    Console.Error.WriteLine("usage: qingdan-bench ingest --people N --db CONNECTION [--work DIR] | snapshot --db CONNECTION | paths … | sweep [--scales city,region,province] [--repeat 3] | nl5 --db HOST=… | load --url URL [--clients 50] [--seconds 60] | resolve --db HOST=… [--rounds 3] | mapping --source bundle|csv|xlsx --rows N [--people P] --db CONNECTION [--work DIR] | xlsx-readers --reader ours|exceldatareader|miniexcel --rows N [--work DIR]");
    return 2;
}

if (args[0] is "mapping" or "xlsx-readers")
{
    string Arg(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    var benchRows = int.Parse(Arg("--rows", "500000"), CultureInfo.InvariantCulture);
    var benchWork = Arg("--work", Path.Combine(Path.GetTempPath(), "qingdan-bench"));
    return args[0] == "mapping"
        ? await MappingBench.RunAsync(Arg("--source", "csv"), benchRows, int.Parse(Arg("--people", (benchRows * 7 / 10).ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture), Arg("--db", "Data Source=/tmp/qingdan-bench/mapping.db"), benchWork)
        : SpreadsheetReaderBench.Run(Arg("--reader", "ours"), benchRows, benchWork);
}

if (args[0] == "load")
{
    string Arg(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    return await LoadBench.RunAsync(
        new Uri(Arg("--url", "http://127.0.0.1:5080/graphql")), int.Parse(Arg("--clients", "50"), CultureInfo.InvariantCulture),
        TimeSpan.FromSeconds(int.Parse(Arg("--seconds", "60"), CultureInfo.InvariantCulture)),
        Array.IndexOf(args, "--key") is var k and >= 0 ? args[k + 1] : Environment.GetEnvironmentVariable("QINGDAN_KEY"),
        Array.IndexOf(args, "--db") is var d and >= 0 ? StoreConnection.Parse(args[d + 1]) : null);
}

if (args[0] == "nl5")
{
    string Arg(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    return await Nl5Comparison.RunAsync(StoreConnection.Parse(Arg("--db", string.Empty)), int.Parse(Arg("--repeat", "3"), CultureInfo.InvariantCulture));
}

if (args[0] == "sweep")
{
    string Arg(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    var scales = Arg("--scales", "city,region,province").Split(',').Select(s => Enum.Parse<Qingdan.Graph.Seed.SeedScale>(s, ignoreCase: true)).ToList();
    return SweepBench.Run(scales, int.Parse(Arg("--repeat", "3"), CultureInfo.InvariantCulture));
}

if (args[0] == "paths")
{
    // qingdan-bench paths --db HOST=… --truth SEED/truth.jsonl [--pairs 200] [--timeout-ms 5000] [--snapshot-only [--pause-ms N]]
    string Arg(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    return await PathComparison.RunAsync(
        StoreConnection.Parse(Arg("--db", string.Empty)), Arg("--truth", "truth.jsonl"),
        int.Parse(Arg("--pairs", "200"), CultureInfo.InvariantCulture), int.Parse(Arg("--timeout-ms", "5000"), CultureInfo.InvariantCulture),
        args.Contains("--snapshot-only"), int.Parse(Arg("--pause-ms", "0"), CultureInfo.InvariantCulture));
}

if (args[0] == "resolve")
{
    // qingdan-bench resolve --db HOST=… [--rounds 3]
    string Arg(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    return await ResolverBench.RunAsync(Arg("--db", string.Empty), int.Parse(Arg("--rounds", "3"), CultureInfo.InvariantCulture));
}

if (args[0] == "snapshot")
{
    // qingdan-bench snapshot --db CONNECTION | snapshot --seed city|region|province
    if (Array.IndexOf(args, "--seed") is var seedAt and >= 0)
    {
        return SnapshotBench.RunFromSeed(Enum.Parse<Qingdan.Graph.Seed.SeedScale>(args[seedAt + 1], ignoreCase: true));
    }

    var index = Array.IndexOf(args, "--db");
    return await SnapshotBench.RunAsync(StoreConnection.Parse(args[index + 1]));
}

string Option(string name, string fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}

var people = int.Parse(Option("--people", "100000"), CultureInfo.InvariantCulture);
var db = Option("--db", "Data Source=/tmp/qingdan-bench/bench.db");
var work = Option("--work", Path.Combine(Path.GetTempPath(), "qingdan-bench"));
var folder = Path.Combine(work, $"bundle-{people}");
long rows;
if (!Directory.Exists(folder))
{
    rows = SyntheticBundle.Write(folder, people, seed: 42);
}
else
{
    rows = Directory.EnumerateFiles(folder, "*.csv").Sum(f => File.ReadLines(f).LongCount() - 1);
}

var connection = StoreConnection.Parse(db);
await StoreMigrator.MigrateAsync(connection, CancellationToken.None);
GC.Collect();
var before = Process.GetCurrentProcess().PeakWorkingSet64;
using var allocations = Environment.GetEnvironmentVariable("QINGDAN_BENCH_ALLOCATIONS") == "1" ? new AllocationSampler() : null;
var runtimeBefore = RuntimeCost.Now();
var clock = Stopwatch.StartNew();
var stages = new StageLog();
var report = await new BundleIngestor(connection, TimeProvider.System, stages).IngestAsync(folder, new IngestOptions(), CancellationToken.None);
clock.Stop();
var runtimeCost = RuntimeCost.Now() - runtimeBefore;
var peak = Process.GetCurrentProcess().PeakWorkingSet64;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"ingest {connection.Provider,-8} rows={rows,10:N0} status={report.Status} rejected={report.Rejected} time={clock.Elapsed.TotalSeconds,7:0.00}s rows/s={rows / clock.Elapsed.TotalSeconds,10:N0} peak_rss_mb={peak / 1048576.0,7:0} (before ingest {before / 1048576.0:0})"));
Console.WriteLine(runtimeCost);
allocations?.Print(Console.Out);
return report.Status == IngestStatus.Committed && report.Rejected == 0 ? 0 : 1;

/// <summary>Prints each stage of the ingest once, with when it began, so that a slow stage shows.</summary>
internal sealed class StageLog : IProgress<IngestProgress>
{
    private string? _stage;

    public void Report(IngestProgress value)
    {
        if (value.Stage != _stage && Environment.GetEnvironmentVariable("QINGDAN_BENCH_STAGES") == "1")
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {value.Elapsed.TotalSeconds,7:0.00}s {value.Stage} ({value.Rows:N0} rows)"));
        }

        _stage = value.Stage;
    }
}

/// <summary>What the runtime itself spent during a stretch of work: compiling methods, collecting garbage, allocating.</summary>
internal readonly record struct RuntimeCost(TimeSpan Jit, long MethodsCompiled, TimeSpan GcPauses, long Allocated, int Gen0, int Gen1, int Gen2)
{
    public static RuntimeCost Now() => new(
        System.Runtime.JitInfo.GetCompilationTime(), System.Runtime.JitInfo.GetCompiledMethodCount(), GC.GetTotalPauseDuration(),
        GC.GetTotalAllocatedBytes(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));

    public static RuntimeCost operator -(RuntimeCost after, RuntimeCost before) => new(
        after.Jit - before.Jit, after.MethodsCompiled - before.MethodsCompiled, after.GcPauses - before.GcPauses,
        after.Allocated - before.Allocated, after.Gen0 - before.Gen0, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"runtime jit={Jit.TotalSeconds:0.00}s methods_compiled={MethodsCompiled:N0} gc_pauses={GcPauses.TotalSeconds:0.00}s allocated_mb={Allocated / 1048576.0:N0} collections={Gen0}/{Gen1}/{Gen2}");
}

/// <summary>Samples the runtime's allocation ticks (one each ≈ 100 KB) by type, to show what an ingest allocates.</summary>
internal sealed class AllocationSampler : System.Diagnostics.Tracing.EventListener
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> _bytes = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> _collections = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> _promoted = new();

    protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs eventData)
    {
        if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) == true && eventData.Payload is { } payload)
        {
            var type = payload[eventData.PayloadNames!.IndexOf("TypeName")] as string ?? "?";
            var amount = Convert.ToInt64(payload[eventData.PayloadNames.IndexOf("AllocationAmount64")], CultureInfo.InvariantCulture);
            _bytes.AddOrUpdate(type, amount, (_, total) => total + amount);
        }
        else if (eventData.EventName?.StartsWith("GCStart", StringComparison.Ordinal) == true && eventData.Payload is { } start)
        {
            var depth = start[eventData.PayloadNames!.IndexOf("Depth")];
            var reason = start[eventData.PayloadNames.IndexOf("Reason")];
            _collections.AddOrUpdate($"gen{depth} reason {reason}", 1, (_, count) => count + 1);
        }
        else if (eventData.EventName?.StartsWith("GCHeapStats", StringComparison.Ordinal) == true && eventData.Payload is { } stats)
        {
            foreach (var generation in new[] { "0", "1", "2", "3" })
            {
                var promoted = Convert.ToInt64(stats[eventData.PayloadNames!.IndexOf("TotalPromotedSize" + generation)], CultureInfo.InvariantCulture);
                _promoted.AddOrUpdate($"gen{generation}", promoted, (_, total) => total + promoted);
            }
        }
    }

    public void Print(TextWriter writer)
    {
        foreach (var (type, bytes) in _bytes.OrderByDescending(pair => pair.Value).Take(40))
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {bytes / 1048576.0,8:N1} MB  {type}"));
        }

        foreach (var (generation, bytes) in _promoted.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {bytes / 1048576.0,8:N1} MB  survived collections of {generation}"));
        }

        writer.WriteLine("  (gen3 is the large-object heap; a collection's reason 0 is small allocations, 1 induced, 4 large allocations)");
        foreach (var (kind, count) in _collections.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {count,8:N0}     collections of {kind}"));
        }
    }
}
