using System.Data;
using System.Data.Common;
using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Store.Database;

namespace Qingdan.Graph.Store.Graph;

/// <summary>
/// What became of an attempt to store a snapshot's image: written (its bytes and parts), or not and
/// why — the store already holds an image as new, or has moved past the snapshot's version.
/// </summary>
public sealed record SnapshotImageSave(bool Written, long Bytes, int Parts, TimeSpan Elapsed, string Reason);

/// <summary>
/// The store keeps the image of its latest snapshot (<see cref="GraphSnapshot.WriteImage"/>) in
/// <c>snapshot_images</c>, in parts of a mebibyte, under the store version it was built from. A load
/// whose version has an image reads it (a few hundred megabytes in one ordered scan) instead of
/// rebuilding the snapshot from every node and link row. Only an image of exactly the version being
/// loaded is used: any ingest or match decision makes it stale, and the next load from the rows
/// writes the new one.
/// </summary>
public static class SnapshotImages
{
    /// <summary>Bytes a part holds; PostgreSQL stores them out of line, uncompressed (column storage EXTERNAL).</summary>
    public const int PartBytes = 1 << 20;

    // pg_advisory_xact_lock key for writers of the image ("QGSI"), apart from the ingest's.
    private const long LockKey = 0x51475349;

    /// <summary>
    /// Whether an image of an older version, to which a load applies the changes since, is worth rewriting: once those
    /// changes have touched a twentieth of the nodes (at least a thousand) a rewrite costs less than applying them at every
    /// load. Below that the image stays and a daily delta costs a patch, not a rewrite of the whole image.
    /// </summary>
    public static bool IsStale(GraphSnapshot snapshot, long patchedEntities)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return patchedEntities > Math.Max(1_000, snapshot.NodeCount / 20);
    }

    /// <summary>Whether a load should be followed by storing its image: it read the rows, or an image the changes since have
    /// made stale (<see cref="IsStale"/>).</summary>
    public static bool ShouldStore(SnapshotLoad load)
    {
        ArgumentNullException.ThrowIfNull(load);
        return !load.FromImage || IsStale(load.Snapshot, load.PatchedEntities ?? 0);
    }

    /// <summary>The version of the newest stored image no newer than <paramref name="atMost"/>, or null when there is none.</summary>
    public static async Task<long?> LatestVersionAsync(
        DbConnection db,
        DbTransaction transaction,
        long atMost,
        CancellationToken cancellationToken)
    {
        await using var command = Command(db, transaction, "SELECT MAX(version) FROM snapshot_images WHERE version <= @version", atMost);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is null or DBNull ? null : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Reads the image of <paramref name="version"/> inside the caller's transaction: no snapshot when the
    /// store holds none; when it holds one this build cannot read (another format, damage), none and the reason.
    /// </summary>
    public static (GraphSnapshot? Snapshot, string? Refused) Read(DbConnection db, DbTransaction transaction, long version)
    {
        ArgumentNullException.ThrowIfNull(db);
        long length;
        int parts;
        using (var command = Command(
            db,
            transaction,
            "SELECT COALESCE(SUM(LENGTH(data)), 0), COUNT(*) FROM snapshot_images WHERE version = @version",
            version))
        using (var reader = command.ExecuteReader())
        {
            reader.Read();
            (length, parts) = (reader.GetInt64(0), (int)reader.GetInt64(1));
        }

        if (parts == 0)
        {
            return (null, null);
        }

        using (var command = Command(
            db,
            transaction,
            "SELECT part, data FROM snapshot_images WHERE version = @version ORDER BY part",
            version))
        using (var reader = command.ExecuteReader(CommandBehavior.SequentialAccess))
        using (var stream = new PartsStream(reader))
        {
            try
            {
                var snapshot = GraphSnapshot.ReadImage(stream, length);
                if (snapshot.Version == version)
                {
                    StoreMetrics.SnapshotImage("loaded");
                    return (snapshot, null);
                }

                StoreMetrics.SnapshotImage("refused");
                return (null, $"the image stored under version {version} says it is version {snapshot.Version}");
            }
            catch (InvalidDataException e)
            {
                StoreMetrics.SnapshotImage("refused");
                return (null, e.Message);
            }
        }
    }

    /// <summary>
    /// Stores the snapshot's image and drops older ones, in one transaction: a reader sees the old image
    /// or the whole new one. Skipped (not an error) when the store's version is no longer the snapshot's,
    /// or an image of this version is there already.
    /// </summary>
    public static Task<SnapshotImageSave> SaveAsync(StoreConnection connection, GraphSnapshot snapshot, CancellationToken cancellationToken)
        =>
        SaveAsync(connection, snapshot, PartBytes, cancellationToken);

    /// <summary>As <see cref="SaveAsync(StoreConnection, GraphSnapshot, CancellationToken)"/>, in parts of <paramref
    /// name="partBytes"/>.</summary>
    public static async Task<SnapshotImageSave> SaveAsync(
        StoreConnection connection,
        GraphSnapshot snapshot,
        int partBytes,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(partBytes, 1);
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(snapshot);
        var clock = Stopwatch.StartNew();
        await using var db = connection.CreateDbConnection();
        await db.OpenAsync(cancellationToken);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        if (db is NpgsqlConnection)
        {
            await using var command = Command(db, transaction, $"SELECT pg_advisory_xact_lock({LockKey})");
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var current = await SnapshotLoader.VersionAsync(db, transaction, cancellationToken);
        if (current != snapshot.Version)
        {
            return new SnapshotImageSave(
                false,
                0,
                0,
                clock.Elapsed,
                $"the store is at version {current}, the snapshot at {snapshot.Version}");
        }

        await using (var command = Command(
            db,
            transaction,
            "SELECT COUNT(*) FROM snapshot_images WHERE version >= @version",
            snapshot.Version))
        {
            if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0)
            {
                return new SnapshotImageSave(false, 0, 0, clock.Elapsed, $"an image of version {snapshot.Version} is stored already");
            }
        }

        await using (var command = Command(db, transaction, "DELETE FROM snapshot_images"))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var (bytes, parts) = await Task.Run(() => Write(db, transaction, snapshot, partBytes, cancellationToken), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        StoreMetrics.SnapshotImage("stored");
        return new SnapshotImageSave(true, bytes, parts, clock.Elapsed, "written");
    }

    /// <summary>Drops every stored image: the next load reads the rows (and stores a new one). Returns the parts dropped.</summary>
    public static async Task<int> DropAsync(StoreConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var db = connection.CreateDbConnection();
        await db.OpenAsync(cancellationToken);
        await using var command = db.CreateCommand();
        command.CommandText = "DELETE FROM snapshot_images";
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static (long Bytes, int Parts) Write(
        DbConnection db,
        DbTransaction transaction,
        GraphSnapshot snapshot,
        int partBytes,
        CancellationToken cancellationToken)
    {
        var parts = 0;
        if (db is NpgsqlConnection postgres)
        {
            using var importer = postgres.BeginBinaryImport("COPY snapshot_images (version, part, data) FROM STDIN (FORMAT BINARY)");
            using var rows = new PartWriter(partBytes, (buffer, count) =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                importer.StartRow();
                importer.Write(snapshot.Version, NpgsqlDbType.Bigint);
                importer.Write(parts++, NpgsqlDbType.Integer);
                importer.Write(new ArraySegment<byte>(buffer, 0, count), NpgsqlDbType.Bytea);
            });
            var bytes = snapshot.WriteImage(rows);
            rows.Flush();
            importer.Complete();
            return (bytes, parts);
        }

        using var insert = Command(
            db,
            transaction,
            "INSERT INTO snapshot_images (version, part, data) VALUES (@version, @part, @data)",
            snapshot.Version);
        var part = insert.CreateParameter();
        part.ParameterName = "@part";
        insert.Parameters.Add(part);
        var data = insert.CreateParameter();
        data.ParameterName = "@data";
        data.DbType = DbType.Binary;
        insert.Parameters.Add(data);
        using var stream = new PartWriter(partBytes, (buffer, count) =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            part.Value = parts++;
            data.Value = buffer.AsSpan(0, count).ToArray();
            insert.ExecuteNonQuery();
        });
        var written = snapshot.WriteImage(stream);
        stream.Flush();
        return (written, parts);
    }

    private static DbCommand Command(DbConnection db, DbTransaction transaction, string sql, long? version = null)
    {
        var command = SnapshotLoader.Command(db, transaction, sql);
        if (version is { } value)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@version";
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>The parts of one image, in order, read as one stream; a gap in the part numbers is damage.</summary>
    private sealed class PartsStream(DbDataReader reader) : Stream
    {
        private Stream? _part;
        private int _next;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            while (true)
            {
                if (_part is not null)
                {
                    var read = _part.Read(buffer);
                    if (read > 0 || buffer.IsEmpty)
                    {
                        return read;
                    }

                    _part.Dispose();
                    _part = null;
                }

                if (!reader.Read())
                {
                    return 0;
                }

                var number = reader.GetInt32(0);
                if (number != _next++)
                {
                    throw new InvalidDataException($"The snapshot image's part {_next - 1} is missing (part {number} follows).");
                }

                _part = reader.GetStream(1);
            }
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _part?.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>
    /// Cuts what is written into parts of <c>size</c> bytes and hands each to be stored; the last,
    /// shorter part goes on <see cref="Flush"/>, never on dispose (a failed write must not store a tail).
    /// </summary>
    private sealed class PartWriter(int size, Action<byte[], int> store) : Stream
    {
        private readonly byte[] _buffer = new byte[size];
        private int _used;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            while (!buffer.IsEmpty)
            {
                var take = Math.Min(buffer.Length, size - _used);
                buffer[..take].CopyTo(_buffer.AsSpan(_used));
                _used += take;
                buffer = buffer[take..];
                if (_used == size)
                {
                    Flush();
                }
            }
        }

        public override void Flush()
        {
            if (_used > 0)
            {
                store(_buffer, _used);
                _used = 0;
            }
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
