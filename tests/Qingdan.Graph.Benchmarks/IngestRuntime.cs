using System.Globalization;
using Qingdan.Graph.Store.Ingest;

namespace Qingdan.Graph.Benchmarks;

/// <summary>Prints each stage of the ingest once, with when it began, so that a slow stage shows.</summary>
internal sealed class StageLog : IProgress<IngestProgress>
{
    private string? _stage;

    public void Report(IngestProgress value)
    {
        if (value.Stage != _stage && Environment.GetEnvironmentVariable("QINGDAN_BENCH_STAGES") == "1")
        {
            Console.Error.WriteLine(
                string.Create(CultureInfo.InvariantCulture, $"  {value.Elapsed.TotalSeconds,7:0.00}s {value.Stage} ({value.Rows:N0} rows)"));
        }

        _stage = value.Stage;
    }
}

/// <summary>What the runtime itself spent during a stretch of work: compiling methods, collecting garbage, allocating.</summary>
internal readonly record struct RuntimeCost(
    TimeSpan Jit,
    long MethodsCompiled,
    TimeSpan GcPauses,
    long Allocated,
    int Gen0,
    int Gen1,
    int Gen2)
{
    public static RuntimeCost Now() => new(
        System.Runtime.JitInfo.GetCompilationTime(), System.Runtime.JitInfo.GetCompiledMethodCount(), GC.GetTotalPauseDuration(),
        GC.GetTotalAllocatedBytes(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));

    public static RuntimeCost operator -(RuntimeCost after, RuntimeCost before) => new(
        after.Jit - before.Jit, after.MethodsCompiled - before.MethodsCompiled, after.GcPauses - before.GcPauses,
        after.Allocated - before.Allocated, after.Gen0 - before.Gen0, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"runtime jit={Jit.TotalSeconds:0.00}s methods_compiled={MethodsCompiled:N0} gc_pauses={GcPauses.TotalSeconds:0.00}s " +
            $"allocated_mb={Allocated / 1048576.0:N0} collections={Gen0}/{Gen1}/{Gen2}");
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
                var promoted = Convert.ToInt64(
                    stats[eventData.PayloadNames!.IndexOf("TotalPromotedSize" + generation)],
                    CultureInfo.InvariantCulture);
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
            writer.WriteLine(
                string.Create(CultureInfo.InvariantCulture, $"  {bytes / 1048576.0,8:N1} MB  survived collections of {generation}"));
        }

        writer.WriteLine("  (gen3 is the large-object heap; a collection's reason 0 is small allocations, 1 induced, 4 large allocations)");
        foreach (var (kind, count) in _collections.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {count,8:N0}     collections of {kind}"));
        }
    }
}
