using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Store.Database;

namespace Qingdan.Graph.Store.Graph;

/// <summary>
/// Holds the current snapshot and replaces it when the store has moved on (after an ingest or a
/// match decision): patched with what the commits since touched when they are on record
/// (<see cref="SnapshotPatcher"/>), else loaded whole. The swap is one reference assignment: a query
/// that took the old snapshot finishes on it; one load runs at a time. A snapshot loaded from the rows
/// has its image stored in the background after the swap, so the next process to load this version
/// reads the image; after patches the image is left as it is (a load reads it and applies the changes
/// since) until they have touched a twentieth of the nodes, and then rewritten.
/// </summary>
public sealed class SnapshotProvider(StoreConnection connection) : IDisposable
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private GraphSnapshot? _current;

    /// <summary>The snapshot in use, or null before the first load.</summary>
    public GraphSnapshot? Current => Volatile.Read(ref _current);

    /// <summary>How long the last load took.</summary>
    public TimeSpan LastLoad { get; private set; }

    /// <summary>Whether the last load read the stored image rather than the rows.</summary>
    public bool LastLoadFromImage { get; private set; }

    /// <summary>Whether the last new version was made by patching the one before (<see cref="SnapshotPatcher"/>).</summary>
    public bool LastLoadPatched { get; private set; }

    // Entities reloaded by patches since the stored image was last written or read whole.
    private long _patchedSinceImage;

    /// <summary>The storing of the last image, if one was started: its outcome, or its failure (the snapshot in use is not
    /// affected).</summary>
    public Task<SnapshotImageSave>? ImageSave { get; private set; }

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

            if (current is not null && await PatchAsync(current, cancellationToken) is { } patched)
            {
                return patched;
            }

            var load = await SnapshotLoader.LoadAsync(connection, cancellationToken);
            var snapshot = load.Snapshot;
            (LastLoad, LastLoadFromImage, LastLoadPatched) = (load.Elapsed, load.FromImage, false);
            _patchedSinceImage = load.PatchedEntities ?? 0;
            Volatile.Write(ref _current, snapshot);
            StoreMetrics.SnapshotLoaded(snapshot.Version, snapshot.NodeCount, snapshot.LinkCount, load.Elapsed);
            if (!load.FromImage || ImageIsStale(snapshot))
            {
                // Saves queue on the store's write lock; one that finds the store past its version skips itself.
                var stopping = _stopping.Token;
                ImageSave = Task.Run(() => SaveImageAsync(snapshot, stopping));
            }

            return snapshot;
        }
        finally
        {
            _loading.Release();
        }
    }

    private async Task<GraphSnapshot?> PatchAsync(GraphSnapshot current, CancellationToken cancellationToken)
    {
        if (!current.CanPatch)
        {
            return null;
        }

        await using var db = connection.CreateDbConnection();
        await db.OpenAsync(cancellationToken);
        await using var transaction = await SnapshotLoader.BeginReadAsync(db, cancellationToken);
        var version = await SnapshotLoader.VersionAsync(db, transaction, cancellationToken);
        var patch = await SnapshotPatcher.PatchAsync(db, transaction, current, version, SnapshotPatcher.LimitFor(current), cancellationToken);
        if (patch is null)
        {
            return null;
        }

        var snapshot = patch.Snapshot;
        (LastLoad, LastLoadFromImage, LastLoadPatched) = (patch.Elapsed, false, true);
        _patchedSinceImage += patch.Entities;
        Volatile.Write(ref _current, snapshot);
        StoreMetrics.SnapshotLoaded(snapshot.Version, snapshot.NodeCount, snapshot.LinkCount, patch.Elapsed);
        if (ImageIsStale(snapshot))
        {
            var stopping = _stopping.Token;
            ImageSave = Task.Run(() => SaveImageAsync(snapshot, stopping), CancellationToken.None);
        }

        return snapshot;
    }

    private bool ImageIsStale(GraphSnapshot snapshot) => SnapshotImages.IsStale(snapshot, _patchedSinceImage);

    private async Task<SnapshotImageSave> SaveImageAsync(GraphSnapshot snapshot, CancellationToken stopping)
    {
        try
        {
            var save = await SnapshotImages.SaveAsync(connection, snapshot, stopping);
            if (save.Written)
            {
                _patchedSinceImage = 0;
            }

            return save;
        }
        catch
        {
            StoreMetrics.SnapshotImage("failed");
            throw;
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
        _loading.Dispose();
    }
}
