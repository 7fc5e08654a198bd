using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Store.Database;

namespace Qingdan.Graph.Store.Graph;

/// <summary>
/// Holds the current snapshot and replaces it when the store has moved on (after an ingest or a
/// match decision). The swap is one reference assignment: a query that took the old snapshot
/// finishes on it; one load runs at a time.
/// </summary>
public sealed class SnapshotProvider(StoreConnection connection) : IDisposable
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private GraphSnapshot? _current;

    /// <summary>The snapshot in use, or null before the first load.</summary>
    public GraphSnapshot? Current => Volatile.Read(ref _current);

    /// <summary>How long the last load took.</summary>
    public TimeSpan LastLoad { get; private set; }

    /// <summary>The current snapshot, loading a newer one first when the store's version has changed.</summary>
    public async Task<GraphSnapshot> GetAsync(CancellationToken cancellationToken)
    {
        var version = await SnapshotLoader.VersionAsync(connection, cancellationToken);
        var current = Current;
        if (current is not null && current.Version == version)
        {
            return current;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            current = Current;
            if (current is not null && current.Version >= version)
            {
                return current;
            }

            var (snapshot, elapsed) = await SnapshotLoader.LoadAsync(connection, cancellationToken);
            LastLoad = elapsed;
            Volatile.Write(ref _current, snapshot);
            StoreMetrics.SnapshotLoaded(snapshot.Version, snapshot.NodeCount, snapshot.LinkCount, elapsed);
            return snapshot;
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Dispose() => _loading.Dispose();
}
