using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Qingdan.Graph.Store.Ingest.Writing;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Store.Tests;

/// <summary>
/// The column lists the ingest copies in bulk (<see cref="StoreTables"/>) against the EF model that makes
/// the tables: an entity that gains a column the list lacks would be written without it by every ingest,
/// and a list that names a column the model renamed fails only when a bulk write reaches it.
/// </summary>
public abstract class StoreTablesTests(StoreFixture fixture)
{
    public static TheoryData<string> Tables => [.. Lists.Keys];

    /// <summary>Each bulk-written table, its list, and the columns the database fills or a later step writes, with why.</summary>
    private static readonly Dictionary<string, (Column[] Columns, string[] NotCopied)> Lists = new()
    {
        ["source_records"] = (StoreTables.SourceRecords, []),
        // The id is the database's identity; a snapshot bundle closes links after they are written.
        ["links"] = (StoreTables.Links, ["id", "closed_by_batch_id"]),
        ["nodes"] = (StoreTables.Nodes, []),
        ["rejected_rows"] = (StoreTables.RejectedRows, ["id"]),
        ["ingest_warnings"] = (StoreTables.IngestWarnings, ["id"]),
        ["resolution_events"] = (StoreTables.ResolutionEvents, ["id"]),
        ["resolution_candidates"] = (StoreTables.ResolutionCandidates, ["id"]),
        ["personal_reports"] = (StoreTables.PersonalReports, ["id"]),
        ["personal_report_items"] = (StoreTables.PersonalReportItems, ["id"]),
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void A_bulk_written_table_copies_every_column_of_its_entity_with_the_model_s_type(string table)
    {
        using var context = fixture.CreateContext();
        var model = context.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        var columns = model.Tables.Single(t => t.Name == table).Columns.ToDictionary(c => c.Name);
        var (list, notCopied) = Lists[table];

        Assert.Equal(columns.Keys.Except(notCopied).Order(StringComparer.Ordinal), list.Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.All(list, column => Assert.True(
            Fits(column.Type, columns[column.Name].ProviderClrType),
            $"{table}.{column.Name} is copied as {column.Type}, the model stores {columns[column.Name].ProviderClrType.Name}."));
    }

    private static bool Fits(ColumnType type, Type clr) => type switch
    {
        ColumnType.BigInt => clr == typeof(long),
        ColumnType.Int => clr == typeof(int),
        ColumnType.SmallInt => clr == typeof(short) || clr == typeof(byte),
        ColumnType.Text => clr == typeof(string),
        ColumnType.Date => clr == typeof(DateOnly),
        ColumnType.Timestamp => clr == typeof(DateTime),
        ColumnType.Numeric => clr == typeof(decimal),
        ColumnType.Double => clr == typeof(double),
        ColumnType.Bool => clr == typeof(bool),
        ColumnType.Uuid => clr == typeof(Guid),
        _ => false,
    };
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreTablesTests(PostgresFixture fixture) : StoreTablesTests(fixture);

[Collection(SqliteCollection.Name)]
public sealed class SqliteStoreTablesTests(SqliteFixture fixture) : StoreTablesTests(fixture);
