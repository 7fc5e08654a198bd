using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Store.Graph;
using Qingdan.Graph.Store.Ingest;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Store.Tests;

/// <summary>The same cases on PostgreSQL and SQLite: every node and link kind comes back as written.</summary>
public abstract class StoreRoundTripTests(StoreFixture fixture) : IAsyncLifetime
{
    private static readonly DateOnly Day = new(2021, 3, 15);

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Every_node_kind_round_trips()
    {
        var (batch, _) = await SeedBatchAsync();
        await using (var write = fixture.CreateContext())
        {
            write.AddRange(People.Wang(), Companies.Haibin(), Agencies.Bureau(), Decisions.Award());
            await write.SaveChangesAsync();
        }

        await using var read = fixture.CreateContext();
        var person = NodeMapping.ToModel(await read.People.SingleAsync());
        var company = NodeMapping.ToModel(await read.Companies.SingleAsync());
        var agency = NodeMapping.ToModel(await read.Agencies.SingleAsync());
        var decision = NodeMapping.ToModel(await read.Decisions.SingleAsync());

        Assert.Equal("王建国", person.Name);
        Assert.Equal(IdentifierStatus.Valid, person.IdNumber!.Status);
        Assert.Equal("440802196803150017", person.IdNumber.Value);
        Assert.Equal(new DateOnly(1968, 3, 15), person.BirthDate);
        Assert.Equal(Sex.Male, person.Gender);
        Assert.Equal("湛江市海滨建材有限公司", company.Name);
        Assert.True(company.CreditCode!.IsValid);
        Assert.False(company.Listed);
        Assert.Equal("440802", company.RegionCode);
        Assert.Equal("E48", company.Industry);
        Assert.Equal(new DateOnly(2009, 6, 1), company.Founded);
        Assert.Equal(["E", "F"], agency.Sectors);
        Assert.Equal("440800", agency.RegionCode);
        Assert.Equal("procurement_award", decision.Kind);
        Assert.Equal(1_234_567.89m, decision.Amount);
        Assert.Equal(new DateOnly(2024, 5, 20), decision.DecidedDate);
        Assert.Equal(ProcurementMethod.Direct, decision.Method);
        Assert.Equal(1, decision.Bidders);
        Assert.True(batch > 0);
    }

    [Fact]
    public async Task Every_link_kind_round_trips_with_its_validity_and_provenance()
    {
        var (batch, bundle) = await SeedBatchAsync();
        long wang, li, haibin, holding, bureau, award;
        await using (var write = fixture.CreateContext())
        {
            var nodes = new NodeRow[] {
                People.Wang(),
                People.Li(),
                Companies.Haibin(),
                Companies.Holding(),
                Agencies.Bureau(),
                Decisions.Award() };
            write.AddRange(nodes);
            await write.SaveChangesAsync();
            (wang, li, haibin, holding, bureau, award) = (nodes[0].Id, nodes[1].Id, nodes[2].Id, nodes[3].Id, nodes[4].Id, nodes[5].Id);
        }

        // Every kind with every column it uses, in the store's own shape: the words are the snake-case ones bundles carry.
        var written = new LinkRow[]
        {
            Row(
                LinkKind.Position,
                wang,
                bureau,
                new DateOnly(2015, 1, 1),
                new DateOnly(2023, 12, 31),
                title: "局长",
                rank: "正处",
                powers: "procurement_award|license"),
            Row(LinkKind.Family, wang, li, new DateOnly(1995, 10, 1), null, detail: "spouse"),
            Row(LinkKind.Associate, wang, li, null, Day, detail: "specific_related", note: "共同利益"),
            Row(LinkKind.Ownership, holding, haibin, Day, null, share: 0.355, amount: 3_550_000m),
            Row(LinkKind.Ownership, li, holding, null, null, share: 0.6),
            Row(LinkKind.Role, li, haibin, Day, Day, detail: "consultant", salary: 48_000m, nominal: true),
            Row(LinkKind.Participation, wang, award, null, null, detail: "approver"),
            Row(LinkKind.Issued, bureau, award, null, null),
            Row(LinkKind.Beneficiary, award, haibin, null, null),
            Row(LinkKind.Bid, haibin, award, null, null),
            Row(LinkKind.Transaction, haibin, li, Day, null, detail: "consulting_fee", amount: 200_000m, note: "顾问费"),
        };

        await using (var write = fixture.CreateContext())
        {
            var record = new SourceRecord
            {
                Registry = "cadre",
                BatchId = batch,
                File = "people.csv",
                Line = 2,
                Ref = "r1",
                Kind = NodeKind.Person,
                EntityId = wang,
                Name = "王建国",
                NormalizedName = "王建国"
            };
            write.Add(record);
            await write.SaveChangesAsync();
            var line = 2;
            foreach (var row in written)
            {
                (row.FromRecordId, row.ToRecordId, row.BatchId, row.Line) = (record.Id, record.Id, batch, line++);
                write.Links.Add(row);
            }

            await write.SaveChangesAsync();
        }

        // The store keeps every column as written (rank and powers too, which the snapshot does not hold)…
        await using var read = fixture.CreateContext();
        var rows = await read.Links.AsNoTracking().OrderBy(l => l.Line).ToListAsync();
        Assert.Equal(written.Select(Describe), rows.Select(Describe));

        // …and the loader reads each kind back with its endpoints, validity, properties and provenance.
        var snapshot = (await SnapshotLoader.LoadAsync(fixture.Connection, CancellationToken.None)).Snapshot;
        var back = Enumerable.Range(0, snapshot.LinkCount).Select(snapshot.FactOf).OrderBy(l => l.Source.Line).ToList();
        Assert.Equal(Enum.GetValues<LinkKind>().Length, back.Select(l => l.Kind).Distinct().Count());
        Assert.Equal(written.Select(row => Describe(Fact(row, bundle))), back.Select(l => Describe(l)));
    }

    private static LinkRow Row(
        LinkKind kind, long from, long to, DateOnly? start, DateOnly? end, string? detail = null, double? share = null, decimal? amount = null,
        decimal? salary = null, bool? nominal = null, string? title = null, string? rank = null, string? powers = null, string? note = null) => new()
        {
            Registry = "cadre",
            FactKey = Guid.NewGuid(),
            Kind = kind,
            FromEntityId = from,
            ToEntityId = to,
            StartDate = start,
            EndDate = end,
            Detail = detail,
            Share = share,
            Amount = amount,
            MonthlySalary = salary,
            Nominal = nominal,
            Title = title,
            Rank = rank,
            Powers = powers,
            Note = note,
            File = "links.csv",
        };

    /// <summary>The link a stored row states, as the snapshot holds it.</summary>
    private static SnapshotLink Fact(LinkRow row, string bundle) => new()
    {
        Kind = row.Kind,
        From = row.FromEntityId,
        To = row.ToEntityId,
        Start = row.StartDate,
        End = row.EndDate,
        Detail = row.Detail,
        Share = row.Share,
        Amount = row.Amount,
        MonthlySalary = row.MonthlySalary,
        Nominal = row.Nominal,
        Title = row.Title,
        Note = row.Note,
        Source = new SourceRef(bundle, row.File, row.Line),
    };

    [Fact]
    public async Task Rejected_rows_are_kept_verbatim_with_file_line_and_reason()
    {
        var (batch, _) = await SeedBatchAsync();
        const string raw = "h9,hc1,company,co7,140,\"1,000\",2020-01-01,";
        await using (var write = fixture.CreateContext())
        {
            write.RejectedRows.Add(
                new RejectedRow { BatchId = batch, File = "shareholdings.csv", Line = 17, Reason = "share 140 is outside 0–100", Raw = raw });
            await write.SaveChangesAsync();
        }

        await using var read = fixture.CreateContext();
        var row = await read.RejectedRows.SingleAsync();
        Assert.Equal(("shareholdings.csv", 17, "share 140 is outside 0–100", raw), (row.File, row.Line, row.Reason, row.Raw));
        var stored = await read.IngestBatches.Include(b => b.RejectedRows).SingleAsync();
        Assert.Single(stored.RejectedRows);
    }

    [Fact]
    public async Task Migrations_describe_the_whole_model()
    {
        await using var context = fixture.CreateContext();

        Assert.False(
            context.Database.HasPendingModelChanges(),
            "The model has changes that no migration holds: add one for both providers.");
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
    }

    private static readonly System.Text.Json.JsonSerializerOptions DescribeOptions = new()
    {
        Converters = { new ScaleFreeDecimalConverter() }
    };

    // Databases keep a decimal's value, not its scale (3550000 may come back as 3550000.0).
    private static string Describe(object value) => System.Text.Json.JsonSerializer.Serialize(value, DescribeOptions);

    private sealed class ScaleFreeDecimalConverter : System.Text.Json.Serialization.JsonConverter<decimal>
    {
        public override decimal Read(
            ref System.Text.Json.Utf8JsonReader reader,
            Type typeToConvert,
            System.Text.Json.JsonSerializerOptions options) => reader.GetDecimal();

        public override void Write(System.Text.Json.Utf8JsonWriter writer, decimal value, System.Text.Json.JsonSerializerOptions options) =>
            writer.WriteRawValue(value.ToString("G29", System.Globalization.CultureInfo.InvariantCulture));
    }

    private async Task<(long Id, string Bundle)> SeedBatchAsync()
    {
        await using var context = fixture.CreateContext();
        var batch = new IngestBatch
        {
            BundleId = "cadre-2026",
            Registry = "cadre",
            Source = "Municipal Organization Department",
            AsOf = new DateOnly(2026, 6, 30),
            StartedAt = DateTime.UtcNow,
            Status = IngestBatchStatus.Committed,
        };
        context.IngestBatches.Add(batch);
        await context.SaveChangesAsync();
        return (batch.Id, batch.BundleId);
    }

    private static class People
    {
        public static PersonRow Wang() => new()
        {
            Name = "王建国",
            NormalizedName = "王建国",
            IdNumber = "440802196803150017",
            IdNumberStatus = IdentifierStatus.Valid,
            BirthDate = new DateOnly(1968, 3, 15),
            Gender = Sex.Male,
        };

        public static PersonRow Li()
            => new() { Name = "李秀英", NormalizedName = "李秀英", IdNumber = "440802********0026", IdNumberStatus = IdentifierStatus.Masked };
    }

    private static class Companies
    {
        public static CompanyRow Haibin() => new()
        {
            Name = "湛江市海滨建材有限公司",
            NormalizedName = "湛江市海滨建材有限公司",
            CreditCode = CreditCode.Create("91440802MA4UJ0XX1").Value,
            CreditCodeStatus = IdentifierStatus.Valid,
            RegionCode = "440802",
            Industry = "E48",
            Founded = new DateOnly(2009, 6, 1),
        };

        public static CompanyRow Holding() => new() { Name = "海滨控股", NormalizedName = "海滨控股", Listed = false };
    }

    private static class Agencies
    {
        public static AgencyRow Bureau() => new()
        {
            Name = "湛江市住房和城乡建设局",
            NormalizedName = "湛江市住房和城乡建设局",
            RegionCode = "440800",
            Sectors = NodeMapping.JoinList(["E", "F"])
        };
    }

    private static class Decisions
    {
        public static DecisionRow Award() => new()
        {
            Name = "海滨路改造工程",
            NormalizedName = "海滨路改造工程",
            DecisionKind = DecisionKinds.ProcurementAward,
            Amount = 1_234_567.89m,
            DecidedDate = new DateOnly(2024, 5, 20),
            Method = ProcurementMethod.Direct,
            Bidders = 1,
        };
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreRoundTripTests(PostgresFixture fixture) : StoreRoundTripTests(fixture);

[Collection(SqliteCollection.Name)]
public sealed class SqliteStoreRoundTripTests(SqliteFixture fixture) : StoreRoundTripTests(fixture);
