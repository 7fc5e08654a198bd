using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Qingdan.Graph.Core.Graph;

namespace Qingdan.Graph.Store.Graph;

/// <summary>What a patch did: the version it reached, the entities it reloaded and the links at them.</summary>
public sealed record SnapshotPatch(GraphSnapshot Snapshot, int Entities, int Links, TimeSpan Elapsed);

/// <summary>
/// Brings a snapshot up to the store's version by reloading only what the commits since touched
/// (<see cref="GraphChanges"/>): the touched entities' nodes and every link at them, read inside one
/// read transaction, patched into a copy of the snapshot (<see cref="GraphSnapshot"/>'s Patch). Cost
/// grows with what changed and, for the copy of the columns, with the snapshot; not with the store's rows.
/// </summary>
public static class SnapshotPatcher
{
    // Entity ids a query names at once.
    private const int Chunk = 2_000;

    /// <summary>
    /// The patch from <paramref name="snapshot"/> to the version the transaction sees, or null when it cannot be patched
    /// (no store ids, changes not all on record, or more touched entities than <paramref name="limit"/>).
    /// </summary>
    internal static async Task<SnapshotPatch?> PatchAsync(
        DbConnection db,
        DbTransaction transaction,
        GraphSnapshot snapshot,
        long version,
        int limit,
        CancellationToken cancellationToken)
    {
        if (!snapshot.CanPatch || version < snapshot.Version)
        {
            return null;
        }

        var clock = Stopwatch.StartNew();
        var touched = await GraphChanges.TouchedAsync(db, transaction, snapshot.Version, version, limit, cancellationToken);
        if (touched is null)
        {
            return null;
        }

        var bundles = await SnapshotLoader.BundlesAsync(db, transaction, cancellationToken);
        var (nodes, links) = await Task.Run(() => Read(db, transaction, touched, bundles, cancellationToken), cancellationToken);
        var patched = await Task.Run(() => snapshot.Patch(version, touched, nodes, links), cancellationToken);
        patched.Reports = await SnapshotReports.PatchAsync(db, transaction, bundles, snapshot.Reports, touched, cancellationToken);
        return new SnapshotPatch(patched, touched.Count, links.Count, clock.Elapsed);
    }

    /// <summary>The limit on touched entities below which a patch is worth it: past a tenth of the nodes a load is as cheap.</summary>
    public static int LimitFor(GraphSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return Math.Max(10_000, snapshot.NodeCount / 10);
    }

    private static (List<object> Nodes, List<SnapshotLinkRow> Links) Read(
        DbConnection db,
        DbTransaction transaction,
        IReadOnlySet<long> touched,
        Dictionary<long, string> bundles,
        CancellationToken cancellationToken)
    {
        var ids = touched.Order().ToArray();
        var nodes = new List<object>();
        var links = new Dictionary<long, SnapshotLinkRow>();
        for (var at = 0; at < ids.Length; at += Chunk)
        {
            var list = string.Join(',', ids.Skip(at).Take(Chunk).Select(id => id.ToString(CultureInfo.InvariantCulture)));
            using (var rows = SnapshotRows.Open(db, transaction, $"SELECT {SnapshotLoader.NodeColumns} FROM nodes WHERE id IN ({list})"))
            {
                while (rows.Next())
                {
                    nodes.Add(SnapshotLoader.Node(rows));
                }
            }

            // Two index scans rather than one OR, which PostgreSQL may answer with a scan of every link.
            foreach (var end in new[] { "from_entity_id", "to_entity_id" })
            {
                SnapshotLoader.ReadLinks(
                    db,
                    transaction,
                    $"SELECT {SnapshotLoader.LinkColumns} FROM links WHERE {end} IN ({list})",
                    bundles,
                    link => links.TryAdd(link.StoreId, link),
                    cancellationToken);
            }
        }

        nodes.Sort((a, b) => NodeRecords.IdOf(a).Value.CompareTo(NodeRecords.IdOf(b).Value));
        var ordered = links.Values.ToList();
        ordered.Sort((a, b) => a.StoreId.CompareTo(b.StoreId));
        return (nodes, ordered);
    }
}
