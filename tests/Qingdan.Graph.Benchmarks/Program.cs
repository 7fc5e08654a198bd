using System.Diagnostics;
using System.Globalization;
using Qingdan.Graph.Benchmarks;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Ingest;

// qingdan-bench ingest --people N --db CONNECTION [--work DIR]
// Writes a synthetic bundle of 5×N rows, ingests it into a fresh database and prints rows/s and peak memory.
if (args.Length < 1
    || args[0] is not ("ingest" or "snapshot" or "paths" or "sweep" or "nl5" or "load" or "resolve" or "mapping" or "xlsx-readers"
        or "graphdb-answers" or "world" or "delta-resolve" or "delta-sweep" or "delta-patch" or "reports" or "scope" or "auth" or "audit-chain" or "search" or "stats"))
{
    Console.Error.WriteLine("usage: qingdan-bench ingest --people N --db CONNECTION [--work DIR] | snapshot --db CONNECTION | paths … | " +
        "sweep [--scales city,region,province] [--repeat 3] | reports --db CONNECTION [--touched 440] | nl5 --db HOST=… | load --url URL [--clients 50] [--seconds 60] | resolve " +
            "--db HOST=… [--rounds 3] | mapping --source bundle|csv|xlsx --rows N [--people P] --db CONNECTION [--work DIR] | " +
                "xlsx-readers --reader ours|exceldatareader|miniexcel --rows N [--work DIR] | " +
                    "world [--scales city,region,province,province4x] [--pairs 200] | delta-resolve --server HOST=… --template DB " +
                        "[--bundles 1000,FOLDER] [--repeat 2] | auth [--requests 5000] [--rounds 3] [--clients 1]");
    return 2;
}

if (args[0] is "mapping" or "xlsx-readers")
{
    string Arg(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    var benchRows = int.Parse(Arg("--rows", "500000"), CultureInfo.InvariantCulture);
    var benchWork = Arg("--work", Path.Combine(Path.GetTempPath(), "qingdan-bench"));
    return args[0] == "mapping"
        ? await MappingBench.RunAsync(
            Arg("--source", "csv"),
            benchRows,
            int.Parse(Arg("--people", (benchRows * 7 / 10).ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture),
            Arg("--db", "Data Source=/tmp/qingdan-bench/mapping.db"),
            benchWork)
        : SpreadsheetReaderBench.Run(Arg("--reader", "ours"), benchRows, benchWork);
}

if (args[0] == "auth")
{
    string Arg(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    return await AuthBench.RunAsync(
        int.Parse(Arg("--requests", "5000"), CultureInfo.InvariantCulture),
        int.Parse(Arg("--rounds", "3"), CultureInfo.InvariantCulture),
        int.Parse(Arg("--clients", "1"), CultureInfo.InvariantCulture));
}

if (args[0] == "audit-chain")
{
    // qingdan-bench audit-chain --db CONNECTION [--writers 50] [--seconds 10] [--rounds 2] [--verify-rows 1000000]
    string Arg(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    int Number(string name, string fallback) => int.Parse(Arg(name, fallback), CultureInfo.InvariantCulture);
    return await AuditChainBench.RunAsync(
        StoreConnection.Parse(Arg("--db", "Data Source=/tmp/qingdan-bench/audit.db")), Number("--writers", "50"),
        TimeSpan.FromSeconds(Number("--seconds", "10")), Number("--rounds", "2"), Number("--verify-rows", "1000000"));
}

if (args[0] == "delta-sweep")
{
    // qingdan-bench delta-sweep --db CONNECTION [--scale province] [--deltas 1000,50000] [--work DIR]
    string Arg(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    return await DeltaSweepBench.RunAsync(
        StoreConnection.Parse(Arg("--db", string.Empty)),
        Enum.Parse<Qingdan.Graph.Seed.SeedScale>(Arg("--scale", "province"), ignoreCase: true),
        [.. Arg("--deltas", "1000,50000").Split(',').Select(d => int.Parse(d, CultureInfo.InvariantCulture))],
        Arg("--work", Path.Combine(Path.GetTempPath(), "qingdan-bench")));
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
    return await Nl5Comparison.RunAsync(
        StoreConnection.Parse(Arg("--db", string.Empty)),
        int.Parse(Arg("--repeat", "3"), CultureInfo.InvariantCulture));
}

if (args[0] == "sweep")
{
    string Arg(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    var scales = Arg("--scales", "city,region,province").Split(',')
        .Select(s => Enum.Parse<Qingdan.Graph.Seed.SeedScale>(s, ignoreCase: true))
        .ToList();
    return SweepBench.Run(scales, int.Parse(Arg("--repeat", "3"), CultureInfo.InvariantCulture));
}

if (args[0] == "scope")
{
    string Arg(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    return ScopeBench.Run(
        Arg("--scales", "city,region").Split(',').Select(s => Enum.Parse<Qingdan.Graph.Seed.SeedScale>(s, ignoreCase: true)).ToList(),
        int.Parse(Arg("--repeat", "3"), CultureInfo.InvariantCulture));
}

if (args[0] == "stats")
{
    // qingdan-bench stats --db "Host=…" [--scale region] [--repeat 5] [--work DIR]
    string Arg(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    return await StatsBench.RunAsync(
        StoreConnection.Parse(Arg("--db", Environment.GetEnvironmentVariable("QINGDAN_TEST_PG") ?? string.Empty)),
        Enum.Parse<Qingdan.Graph.Seed.SeedScale>(Arg("--scale", "region"), ignoreCase: true),
        int.Parse(Arg("--repeat", "5"), CultureInfo.InvariantCulture),
        Arg("--work", Path.Combine(Path.GetTempPath(), "qingdan-bench")));
}

if (args[0] == "search")
{
    // qingdan-bench search [--scale province] [--queries 2000] [--linear 200]
    string Arg(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    return SearchBench.Run(
        Enum.Parse<Qingdan.Graph.Seed.SeedScale>(Arg("--scale", "province"), ignoreCase: true),
        int.Parse(Arg("--queries", "2000"), CultureInfo.InvariantCulture),
        int.Parse(Arg("--linear", "200"), CultureInfo.InvariantCulture));
}

if (args[0] == "world")
{
    string Arg(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    return WorldBench.Run(
        Arg("--scales", "city,region,province,province4x").Split(',')
            .Select(s => Enum.Parse<Qingdan.Graph.Seed.SeedScale>(s, ignoreCase: true))
            .ToList(),
        int.Parse(Arg("--pairs", "200"), CultureInfo.InvariantCulture));
}

if (args[0] == "paths")
{
    // qingdan-bench paths --db HOST=… --truth SEED/truth.jsonl [--pairs 200] [--timeout-ms 5000] [--snapshot-only [--pause-ms N]]
    string Arg(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    return await PathComparison.RunAsync(
        StoreConnection.Parse(Arg("--db", string.Empty)), Arg("--truth", "truth.jsonl"),
        int.Parse(Arg("--pairs", "200"), CultureInfo.InvariantCulture), int.Parse(
            Arg("--timeout-ms", "5000"),
            CultureInfo.InvariantCulture),
        args.Contains("--snapshot-only"), int.Parse(Arg("--pause-ms", "0"), CultureInfo.InvariantCulture));
}

if (args[0] == "graphdb-answers")
{
    // qingdan-bench graphdb-answers --db HOST=… --truth SEED/truth.jsonl [--pairs 200] [--rounds 3] --out FILE (scripts/bench-graphdb.sh)
    string Arg(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    return await GraphDbAnswers.RunAsync(
        StoreConnection.Parse(Arg("--db", string.Empty)), Arg("--truth", "truth.jsonl"),
        int.Parse(Arg("--pairs", "200"), CultureInfo.InvariantCulture), int.Parse(Arg("--rounds", "3"), CultureInfo.InvariantCulture),
        Arg("--out", "engine-answers.json"));
}

if (args[0] == "delta-resolve")
{
    // qingdan-bench delta-resolve --server HOST=… --template DB [--bundles 1000,FOLDER,…] [--repeat 2] [--work DIR]
    string Arg(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    return await DeltaResolveBench.RunAsync(
        Arg("--server", string.Empty), Arg("--template", "region"), Arg("--bundles", "1000").Split(','),
        int.Parse(Arg("--repeat", "2"), CultureInfo.InvariantCulture), Arg("--work", Path.Combine(Path.GetTempPath(), "qingdan-bench")));
}

if (args[0] == "reports")
{
    // qingdan-bench reports --db CONNECTION [--touched 440] [--repeat 3]
    string Arg(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    return await ReportsBench.RunAsync(
        Arg("--db", string.Empty),
        int.Parse(Arg("--touched", "440"), CultureInfo.InvariantCulture),
        int.Parse(Arg("--repeat", "3"), CultureInfo.InvariantCulture));
}

if (args[0] == "delta-patch")
{
    // qingdan-bench delta-patch --db HOST=… [--rows 1000,50000] [--work DIR]
    string Arg(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    return await DeltaPatchBench.RunAsync(
        Arg("--db", string.Empty),
        Arg("--rows", "1000,50000").Split(',').Select(r => int.Parse(r, CultureInfo.InvariantCulture)).ToList(),
        Arg("--work", Path.Combine(Path.GetTempPath(), "qingdan-bench")));
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
var report = await new BundleIngestor(connection, TimeProvider.System, stages).IngestAsync(
    folder,
    new IngestOptions(),
    CancellationToken.None);
clock.Stop();
var runtimeCost = RuntimeCost.Now() - runtimeBefore;
var peak = Process.GetCurrentProcess().PeakWorkingSet64;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"ingest {connection.Provider,-8} rows={rows,10:N0} status={report.Status} rejected={report.Rejected} " +
        $"time={clock.Elapsed.TotalSeconds,7:0.00}s rows/s={rows / clock.Elapsed.TotalSeconds,10:N0} peak_rss_mb={peak / 1048576.0,7:0} " +
            $"(before ingest {before / 1048576.0:0})"));
Console.WriteLine(runtimeCost);
allocations?.Print(Console.Out);
return report.Status == IngestStatus.Committed && report.Rejected == 0 ? 0 : 1;
