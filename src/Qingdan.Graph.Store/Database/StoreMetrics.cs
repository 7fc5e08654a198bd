using System.Diagnostics.Metrics;

namespace Qingdan.Graph.Store.Database;

/// <summary>
/// Ingest and snapshot measurements on the <c>Qingdan.Graph</c> meter: rows read and rejected per
/// registry, and the size, version and load time of the snapshot in use.
/// </summary>
public static class StoreMetrics
{
    private static readonly Meter Meter = new(Findings.SweepMetrics.MeterName);
    private static readonly Counter<long> Rows = Meter.CreateCounter<long>(
        "qingdan.ingest.rows",
        "{row}",
        "Rows read by ingests, by registry.");
    private static readonly Counter<long> Rejected = Meter.CreateCounter<long>(
        "qingdan.ingest.rejected",
        "{row}",
        "Rows rejected by ingests, by registry.");
    private static readonly Counter<long> Images = Meter.CreateCounter<long>(
        "qingdan.snapshot.images", "{image}", "Snapshot images: loads from an image, stores of one, refusals of a stored one and " +
            "failures to store one, by outcome.");
    private static (long Version, int Nodes, int Links, double Seconds)? _snapshot;

    static StoreMetrics()
    {
        Meter.CreateObservableGauge(
            "qingdan.snapshot.links",
            () => _snapshot is { } s ? [new Measurement<long>(s.Links)] : Array.Empty<Measurement<long>>(),
            "{link}",
            "Links in the snapshot in use.");
        Meter.CreateObservableGauge(
            "qingdan.snapshot.entities",
            () => _snapshot is { } s ? [new Measurement<long>(s.Nodes)] : Array.Empty<Measurement<long>>(),
            "{entity}",
            "Entities in the snapshot in use.");
        Meter.CreateObservableGauge(
            "qingdan.snapshot.version",
            () => _snapshot is { } s ? [new Measurement<long>(s.Version)] : Array.Empty<Measurement<long>>(),
            null,
            "Store version of the snapshot in use.");
        Meter.CreateObservableGauge(
            "qingdan.snapshot.load",
            () => _snapshot is { } s ? [new Measurement<double>(s.Seconds)] : Array.Empty<Measurement<double>>(),
            "s",
            "How long the snapshot in use took to load.");
    }

    internal static void Ingested(string registry, long rows, long rejected)
    {
        var tag = new KeyValuePair<string, object?>("registry", registry);
        Rows.Add(rows, tag);
        Rejected.Add(rejected, tag);
    }

    /// <summary>Counts a snapshot image event: <c>loaded</c>, <c>stored</c>, <c>refused</c> (unreadable, rows loaded instead) or
    /// <c>failed</c> (not stored).</summary>
    internal static void SnapshotImage(string outcome) => Images.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    internal static void SnapshotLoaded(long version, int nodes, int links, TimeSpan elapsed)
        => _snapshot = (version, nodes, links, elapsed.TotalSeconds);
}
