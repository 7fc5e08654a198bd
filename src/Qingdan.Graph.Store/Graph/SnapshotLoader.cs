using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Ingest.Writing;

namespace Qingdan.Graph.Store.Graph;

/// <summary>
/// Projects the store into a <see cref="GraphSnapshot"/> in one streaming pass: nodes, then links
/// (with the bundle each came from), read through plain data readers, never materialised as EF entities.
/// </summary>
public static class SnapshotLoader
{
    /// <summary>The store's graph version: it grows with every committed ingest and every match decision.</summary>
    public static async Task<long> VersionAsync(StoreConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var context = connection.CreateContext();
        await context.Database.OpenConnectionAsync(cancellationToken);
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT (SELECT COALESCE(MAX(id), 0) FROM ingest_batches WHERE status = 'committed') + (SELECT COALESCE(MAX(id), 0) FROM match_decisions)";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<(GraphSnapshot Snapshot, TimeSpan Elapsed)> LoadAsync(StoreConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var clock = Stopwatch.StartNew();
        var version = await VersionAsync(connection, cancellationToken);

        await using var context = connection.CreateContext();
        await context.Database.OpenConnectionAsync(cancellationToken);
        var db = context.Database.GetDbConnection();
        var builder = new GraphSnapshotBuilder();
        var words = new Words();

        await using (var command = Command(db,
            "SELECT id, kind, name, id_number, id_number_status, birth_date, gender, credit_code, listed, region_code, industry, sectors, " +
            "decision_kind, amount, currency, applied_date, decided_date, method, bidders, status, founded FROM nodes ORDER BY id"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                builder.AddNode(Node(reader, words));
            }
        }

        var bundles = new Dictionary<long, string>();
        await using (var command = Command(db, "SELECT id, bundle_id FROM ingest_batches"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                bundles[reader.GetInt64(0)] = reader.GetString(1);
            }
        }

        // Links read with typed getters (no boxing), repeated words stored once.
        await using (var command = Command(db,
            "SELECT kind, from_entity_id, to_entity_id, start_date, end_date, detail, share, amount, monthly_salary, nominal, title, note, batch_id, file, line FROM links ORDER BY id"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                builder.AddLink(new SnapshotLink
                {
                    Kind = (LinkKind)reader.GetInt16(0),
                    From = reader.GetInt64(1),
                    To = reader.GetInt64(2),
                    Start = reader.IsDBNull(3) ? null : reader.GetFieldValue<DateOnly>(3),
                    End = reader.IsDBNull(4) ? null : reader.GetFieldValue<DateOnly>(4),
                    Detail = reader.IsDBNull(5) ? null : words.Of(reader.GetString(5)),
                    Share = reader.IsDBNull(6) ? null : reader.GetDouble(6),
                    Amount = reader.IsDBNull(7) ? null : reader.GetDecimal(7),
                    MonthlySalary = reader.IsDBNull(8) ? null : reader.GetDecimal(8),
                    Nominal = reader.IsDBNull(9) ? null : reader.GetBoolean(9),
                    Title = reader.IsDBNull(10) ? null : words.Of(reader.GetString(10)),
                    Note = reader.IsDBNull(11) ? null : reader.GetString(11),
                    Source = new SourceRef(bundles.GetValueOrDefault(reader.GetInt64(12), "?"), words.Of(reader.GetString(13)), reader.GetInt32(14)),
                });
            }
        }

        return (builder.Build(version), clock.Elapsed);
    }

    /// <summary>One copy of each repeated word (file names, relations, roles, titles) instead of one a row.</summary>
    private sealed class Words
    {
        private readonly Dictionary<string, string> _seen = new(StringComparer.Ordinal);

        public string Of(string word)
        {
            if (_seen.TryGetValue(word, out var known))
            {
                return known;
            }

            if (_seen.Count < 100_000)
            {
                _seen[word] = word;
            }

            return word;
        }
    }

    private static DbCommand Command(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        return command;
    }

    private static object Node(DbDataReader reader, Words words)
    {
        var id = reader.Long(0)!.Value;
        var kind = (NodeKind)reader.Int(1)!.Value;
        var name = reader.Text(2)!;
        return kind switch
        {
            NodeKind.Person => new Person
            {
                Id = new EntityId(kind, id),
                Name = name,
                IdNumber = IdentityNumber.Parse(reader.Text(3)),
                BirthDate = reader.Date(5),
                Gender = reader.Text(6) is { } gender ? Enum.Parse<Sex>(gender) : null,
            },
            NodeKind.Company => new Company
            {
                Id = new EntityId(kind, id),
                Name = name,
                CreditCode = CreditCode.Parse(reader.Text(7)),
                Listed = reader.Bool(8) ?? false,
                RegionCode = reader.Text(9) is { } region ? words.Of(region) : null,
                Industry = reader.Text(10) is { } industry ? words.Of(industry) : null,
                Status = reader.Text(19) is { } status ? words.Of(status) : null,
                Founded = reader.Date(20),
            },
            NodeKind.Agency => new Agency
            {
                Id = new EntityId(kind, id),
                Name = name,
                Code = CreditCode.Parse(reader.Text(7)),
                RegionCode = reader.Text(9),
                Sectors = reader.Text(11) is { Length: > 0 } sectors ? sectors.Split('|') : [],
            },
            _ => new Decision
            {
                Id = new EntityId(kind, id),
                Kind = reader.Text(12) ?? string.Empty,
                Title = name,
                Amount = reader.Decimal(13),
                Currency = reader.Text(14),
                AppliedDate = reader.Date(15),
                DecidedDate = reader.Date(16) ?? DateOnly.MinValue,
                Method = reader.Text(17) is { } method ? Enum.Parse<ProcurementMethod>(method) : null,
                Bidders = reader.Int(18),
            },
        };
    }
}
