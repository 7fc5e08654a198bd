using System.Data.Common;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Ingest;

namespace Qingdan.Graph.Store.Graph;

/// <summary>A loaded snapshot: how long it took, whether it came from the stored image, and why a stored image was not used.</summary>
public sealed record SnapshotLoad(GraphSnapshot Snapshot, TimeSpan Elapsed, bool FromImage, string? ImageRefused)
{
    /// <summary>When the stored image was of an older version: the entities the changes since touched, reloaded into it.</summary>
    public int? PatchedEntities { get; init; }

    /// <summary>The snapshot and its load time, for callers that need no more.</summary>
    public void Deconstruct(out GraphSnapshot snapshot, out TimeSpan elapsed) => (snapshot, elapsed) = (Snapshot, Elapsed);
}

/// <summary>
/// Projects the store into a <see cref="GraphSnapshot"/> in one streaming pass: nodes, then links
/// (with the bundle each came from), read through plain data readers, never materialised as EF entities.
/// </summary>
public static class SnapshotLoader
{
    private static readonly string VersionQuery =
        $"SELECT (SELECT COALESCE(MAX(id), 0) FROM ingest_batches WHERE status = '{Wire.Name(IngestBatchStatus.Committed)}') + (SELECT " +
            "COALESCE(MAX(id), 0) FROM match_decisions)";

    /// <summary>The store's graph version: it grows with every committed ingest and every match decision.</summary>
    public static async Task<long> VersionAsync(StoreConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var db = connection.CreateDbConnection();
        await db.OpenAsync(cancellationToken);
        await using var command = db.CreateCommand();
        command.CommandText = VersionQuery;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A read transaction that never waits for a writer: on SQLite a deferred one (WAL gives it the state of its first
    /// read; the default BEGIN IMMEDIATE would queue behind an ingest), on PostgreSQL repeatable read.
    /// </summary>
    internal static async Task<DbTransaction> BeginReadAsync(DbConnection db, CancellationToken cancellationToken) =>
        db is Microsoft.Data.Sqlite.SqliteConnection sqlite
            ? sqlite.BeginTransaction(System.Data.IsolationLevel.Serializable, deferred: true)
            : await db.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);

    /// <summary>The store's graph version as the given transaction sees it.</summary>
    public static async Task<long> VersionAsync(DbConnection db, DbTransaction transaction, CancellationToken cancellationToken) =>
        Convert.ToInt64(
            await ScalarAsync(db, transaction, VersionQuery, cancellationToken),
            System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Loads the whole graph, from the stored image of the store's version when there is one.</summary>
    public static Task<SnapshotLoad> LoadAsync(StoreConnection connection, CancellationToken cancellationToken) =>
        LoadAsync(connection, useImage: true, cancellationToken);

    /// <summary>
    /// Loads the whole graph as one consistent state of the store: from the image stored for the store's
    /// version (<see cref="SnapshotImages"/>) when <paramref name="useImage"/> and there is one, else from
    /// the rows. On PostgreSQL nodes and links stream at once over two connections sharing one exported
    /// snapshot (each is bound by the server's output of its rows, and the machine has two cores); on
    /// SQLite one read transaction reads them in turn.
    /// </summary>
    public static async Task<SnapshotLoad> LoadAsync(StoreConnection connection, bool useImage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var clock = Stopwatch.StartNew();
        await using var db = connection.CreateDbConnection();
        await db.OpenAsync(cancellationToken);
        await using var transaction = await BeginReadAsync(db, cancellationToken);
        var version = await VersionAsync(db, transaction, cancellationToken);
        string? refused = null;
        if (useImage)
        {
            // The image of this version, else the latest older one brought up to date by the changes since.
            var imageVersion = await SnapshotImages.LatestVersionAsync(db, transaction, version, cancellationToken);
            if (imageVersion is { } stored)
            {
                (var image, refused) = await Task.Run(() => SnapshotImages.Read(db, transaction, stored), cancellationToken);
                if (image is not null && stored == version)
                {
                    // The image holds the graph, not the reports beside it.
                    var imageBundles = await BundlesAsync(db, transaction, cancellationToken);
                    image.Reports = await SnapshotReports.ReadAsync(db, transaction, imageBundles, cancellationToken);
                    return new SnapshotLoad(image, clock.Elapsed, FromImage: true, null);
                }

                if (image is not null
                    && await SnapshotPatcher.PatchAsync(db, transaction, image, version, SnapshotPatcher.LimitFor(image), cancellationToken)
                        is { } patch)
                {
                    return new SnapshotLoad(patch.Snapshot, clock.Elapsed, FromImage: true, null) { PatchedEntities = patch.Entities };
                }

                refused ??= image is null ? null : $"the image is of version {stored} and the changes since are not all on record";
            }
        }

        var bundles = await BundlesAsync(db, transaction, cancellationToken);

        var (nodes, links) = await SizesAsync(db, transaction, cancellationToken);
        var builder = new GraphSnapshotBuilder(nodes, links);
        // Rows are read synchronously, column after column: per-value awaits would cost more than the reads.
        if (connection.Provider == StoreProvider.Postgres)
        {
            var shared = (string)(await ScalarAsync(db, transaction, "SELECT pg_export_snapshot()", cancellationToken))!;
            await using var second = connection.CreateDbConnection();
            await second.OpenAsync(cancellationToken);
            await using var secondTransaction = await second.BeginTransactionAsync(
                System.Data.IsolationLevel.RepeatableRead,
                cancellationToken);
            await ScalarAsync(second, secondTransaction, $"SET TRANSACTION SNAPSHOT '{shared}'", cancellationToken);
            await Task.WhenAll(
                Task.Run(() => ReadNodes(db, transaction, builder, cancellationToken), cancellationToken),
                Task.Run(() => ReadLinks(second, secondTransaction, builder, bundles, cancellationToken), cancellationToken));
        }
        else
        {
            await Task.Run(
                () =>
                {
                    ReadNodes(db, transaction, builder, cancellationToken);
                    ReadLinks(db, transaction, builder, bundles, cancellationToken);
                },
                cancellationToken);
        }

        var snapshot = await Task.Run(() => builder.Build(version), cancellationToken);
        snapshot.Reports = await SnapshotReports.ReadAsync(db, transaction, bundles, cancellationToken);
        return new SnapshotLoad(snapshot, clock.Elapsed, FromImage: false, refused);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadNodes(
        DbConnection db,
        DbTransaction transaction,
        GraphSnapshotBuilder builder,
        CancellationToken cancellationToken)
    {
        var read = 0;
        using var rows = SnapshotRows.Open(db, transaction, $"SELECT {NodeColumns} FROM nodes ORDER BY id");
        while (rows.Next())
        {
            if (++read % 65_536 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            builder.AddNode(Node(rows));
        }
    }

    internal const string LinkColumns =
        "kind, from_entity_id, to_entity_id, start_date, end_date, detail, share, amount, monthly_salary, nominal, title, note, batch_id, " +
            "file, line, id";

    internal const string NodeColumns =
        "id, kind, name, id_number, birth_date, gender, credit_code, listed, region_code, industry, sectors, decision_kind, amount, " +
            "currency, applied_date, decided_date, method, bidders, status, founded, birth_month, phone, address";

    private static void ReadLinks(
        DbConnection db,
        DbTransaction transaction,
        GraphSnapshotBuilder builder,
        Dictionary<long, string> bundles,
        CancellationToken cancellationToken) =>
        ReadLinks(db, transaction, $"SELECT {LinkColumns} FROM links ORDER BY id", bundles, link => builder.AddLink(link), cancellationToken);

    /// <summary>Reads link rows as the snapshot takes them (the query selects <see cref="LinkColumns"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void ReadLinks(
        DbConnection db,
        DbTransaction transaction,
        string sql,
        Dictionary<long, string> bundles,
        Action<SnapshotLinkRow> add,
        CancellationToken cancellationToken)
    {
        var read = 0;
        using var rows = SnapshotRows.Open(db, transaction, sql);
        while (rows.Next())
        {
            if (++read % 65_536 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            add(new SnapshotLinkRow(
                (LinkKind)rows.Value<short>()!.Value,
                rows.Value<long>()!.Value,
                rows.Value<long>()!.Value,
                Days.Start(rows.Value<DateOnly>()),
                Days.End(rows.Value<DateOnly>()),
                rows.Word(),
                rows.Value<double>(),
                rows.Value<decimal>(),
                rows.Value<decimal>(),
                rows.Value<bool>(),
                rows.Word(),
                rows.Text(),
                bundles.GetValueOrDefault(rows.Value<long>()!.Value, "?"),
                rows.Word()!,
                rows.Value<int>()!.Value,
                rows.Value<long>()!.Value));
        }
    }

    /// <summary>The bundle each batch read, by batch id (a link's source names its bundle).</summary>
    internal static async Task<Dictionary<long, string>> BundlesAsync(
        DbConnection db,
        DbTransaction transaction,
        CancellationToken cancellationToken)
    {
        var bundles = new Dictionary<long, string>();
        await using var command = Command(db, transaction, "SELECT id, bundle_id FROM ingest_batches");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            bundles[reader.GetInt64(0)] = reader.GetString(1);
        }

        return bundles;
    }

    /// <summary>How many nodes and links the store holds, roughly (PostgreSQL's planner estimate), to size the columns once.</summary>
    private static async Task<(int Nodes, int Links)> SizesAsync(
        DbConnection db,
        DbTransaction transaction,
        CancellationToken cancellationToken)
    {
        var sql = db is Npgsql.NpgsqlConnection
            ? "SELECT GREATEST((SELECT reltuples FROM pg_class WHERE relname = 'nodes'), 0)::bigint, GREATEST((SELECT reltuples FROM " +
                "pg_class WHERE relname = 'links'), 0)::bigint"
            : "SELECT (SELECT MAX(id) FROM nodes), (SELECT MAX(id) FROM links)";
        await using var command = Command(db, transaction, sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        static int Size(DbDataReader reader, int column)
            => reader.IsDBNull(column) ? 0 : (int)Math.Min(reader.GetInt64(column) + 1024, 1 << 28);
        return (Size(reader, 0), Size(reader, 1));
    }

    private static async Task<object?> ScalarAsync(
        DbConnection db,
        DbTransaction transaction,
        string sql,
        CancellationToken cancellationToken)
    {
        await using var command = Command(db, transaction, sql);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    /// <summary>A command in the transaction, with no time limit (a load reads the whole store).</summary>
    internal static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        return command;
    }

    /// <summary>A node row (<see cref="NodeColumns"/>) as the snapshot's record.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static object Node(SnapshotRows row)
    {
        var id = row.Value<long>()!.Value;
        var kind = (NodeKind)row.Value<short>()!.Value;
        var name = row.Text()!;
        var idNumber = row.Text();
        var birthDate = row.Value<DateOnly>();
        var gender = row.Word();
        var creditCode = row.Text();
        var listed = row.Value<bool>();
        var region = row.Word();
        var industry = row.Word();
        var sectors = row.Word();
        var decisionKind = row.Word();
        var amount = row.Value<decimal>();
        var currency = row.Word();
        var applied = row.Value<DateOnly>();
        var decided = row.Value<DateOnly>();
        var method = row.Word();
        var bidders = row.Value<int>();
        var status = row.Word();
        var founded = row.Value<DateOnly>();
        var birthMonth = row.Text();
        var phone = row.Text();
        var address = row.Text();
        return kind switch
        {
            NodeKind.Person => new Person
            {
                Id = new EntityId(kind, id),
                Name = name,
                IdNumber = IdentityNumber.Parse(idNumber),
                BirthDate = birthDate,
                BirthMonth = YearMonth.TryParse(birthMonth, out var month) ? month : null,
                Gender = gender is null ? null : Enum.Parse<Sex>(gender),
                Phone = phone,
                Address = address,
            },
            NodeKind.Company => new Company
            {
                Id = new EntityId(kind, id),
                Name = name,
                CreditCode = CreditCode.Parse(creditCode),
                Listed = listed ?? false,
                RegionCode = region,
                Industry = industry,
                Status = status,
                Founded = founded,
                Address = address,
                Phone = phone,
            },
            NodeKind.Agency => new Agency
            {
                Id = new EntityId(kind, id),
                Name = name,
                Code = CreditCode.Parse(creditCode),
                RegionCode = region,
                Sectors = sectors is { Length: > 0 } ? sectors.Split('|') : [],
            },
            _ => new Decision
            {
                Id = new EntityId(kind, id),
                Kind = decisionKind ?? string.Empty,
                Title = name,
                Amount = amount,
                Currency = currency,
                AppliedDate = applied,
                DecidedDate = decided ?? DateOnly.MinValue,
                Method = method is null ? null : Enum.Parse<ProcurementMethod>(method),
                Bidders = bidders,
            },
        };
    }
}
