using System.Diagnostics;
using System.Globalization;
using System.Text;
using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Ingest;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Benchmarks;

/// <summary>
/// <c>qingdan-bench mapping --rows N --source bundle|csv|xlsx --db CONNECTION [--people P] [--work DIR]</c>:
/// the same shareholder rows of a market-regulation export — each naming its company and its holder
/// again — as a registry bundle (companies, people, shareholdings), as a delivered CSV through a mapping,
/// and as the same rows in an <c>.xlsx</c> sheet; one source a process (so that each has its own peak
/// memory), into a fresh database. Rows/s counts the export's rows for all three.
/// </summary>
internal static class MappingBench
{
    private static readonly string[] Header = ["统一社会信用代码", "企业名称", "国民经济行业", "股东名称", "证照号码", "出生日期", "性别", "出资比例", "认缴出资额（万元）", "出资日期"];

    public static async Task<int> RunAsync(string source, int rows, int people, string database, string work)
    {
        var folder = Path.Combine(work, string.Create(CultureInfo.InvariantCulture, $"mapping-{rows}-{people}"));
        if (!File.Exists(Path.Combine(folder, "done")))
        {
            Write(folder, rows, people);
        }

        var connection = StoreConnection.Parse(database);
        await StoreMigrator.MigrateAsync(connection, CancellationToken.None);
        GC.Collect();
        var clock = Stopwatch.StartNew();
        var ingestor = new BundleIngestor(connection, TimeProvider.System, new StageLog());
        var report = source switch
        {
            "bundle" => await ingestor.IngestAsync(Path.Combine(folder, "bundle"), new IngestOptions(), CancellationToken.None),
            "csv" => await ingestor.IngestMappingAsync(
                Path.Combine(folder, "delivered", "csv.yaml"),
                null,
                new IngestOptions(),
                CancellationToken.None),
            "xlsx" => await ingestor.IngestMappingAsync(
                Path.Combine(folder, "delivered", "xlsx.yaml"),
                null,
                new IngestOptions(),
                CancellationToken.None),
            _ => throw new ArgumentException($"--source is bundle, csv or xlsx, not {source}", nameof(source)),
        };
        clock.Stop();
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"mapping {source,-6} {connection.Provider,-8} rows={rows,10:N0} people={people,9:N0} status={report.Status} " +
                $"nodes={report.Nodes:N0} links={report.Links:N0} rejected={report.Rejected} time={clock.Elapsed.TotalSeconds,7:0.00}s " +
                    $"rows/s={rows / clock.Elapsed.TotalSeconds,9:N0} peak_rss_mb={peak / 1048576.0,6:0}"));
        if (report.Error is not null)
        {
            Console.WriteLine(report.Error);
        }

        return report.Status == IngestStatus.Committed && report.Rejected == 0 ? 0 : 1;
    }

    private static void Write(string folder, int rows, int people)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        var bundle = Directory.CreateDirectory(Path.Combine(folder, "bundle")).FullName;
        var delivered = Directory.CreateDirectory(Path.Combine(folder, "delivered")).FullName;
        var companies = Math.Max(1, people * 2 / 7);
        var holders = Enumerable.Range(0, people).Select(MakeHolder).ToArray();
        var firms = Enumerable.Range(0, companies).Select(MakeFirm).ToArray();
        File.WriteAllText(
            Path.Combine(bundle, "manifest.json"),
            """{"registry":"company","source":"bench","as_of":"2026-06-30","id":"shareholders"}""");
        using (var writer = Writer(bundle, "people.csv", "ref,name,id_number,birth_date,gender"))
        {
            foreach (var holder in holders)
            {
                writer.WriteLine($"{holder.Number},{holder.Name},{holder.Number},{holder.Birth:yyyy-MM-dd},{(holder.Male ? "M" : "F")}");
            }
        }

        using (var writer = Writer(bundle, "companies.csv", "ref,name,credit_code,industry"))
        {
            foreach (var firm in firms)
            {
                writer.WriteLine($"{firm.Code},{firm.Name},{firm.Code},{firm.Industry}");
            }
        }

        using (var writer = Writer(bundle, "shareholdings.csv", "holder_ref,holder_kind,company_ref,share,subscribed_capital,start_date"))
        {
            for (var i = 0; i < rows; i++)
            {
                var (holder, firm, share, capital, start) = Row(i, holders, firms);
                writer.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{holder.Number},person,{firm.Code},{share},{capital * 10_000},{start:yyyy-MM-dd}"));
            }
        }

        // The delivered export: a row a shareholding, the company and the holder written out on each.
        using (var writer = Writer(delivered, "股东出资信息.csv", string.Join(',', Header)))
        {
            for (var i = 0; i < rows; i++)
            {
                var (holder, firm, share, capital, start) = Row(i, holders, firms);
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{firm.Code},{firm.Name},{firm.Industry},{holder.Name},{holder.Number},{holder.Birth:yyyy.MM.dd},{(holder.Male ? "男" : "女")},{share}%,{capital},{start:yyyyMMdd}"));
            }
        }

        XlsxBuilder.WriteLarge(Path.Combine(delivered, "股东出资信息.xlsx"), "股东出资信息", Header, rows, i =>
        {
            var (holder, firm, share, capital, start) = Row(i, holders, firms);
            return [firm.Code, firm.Name, firm.Industry, holder.Name, holder.Number, holder.Birth
                .ToString("yyyy.MM.dd", CultureInfo.InvariantCulture), holder.Male ? "男" : "女",
                string.Create(CultureInfo.InvariantCulture, $"{share}%"), (double)capital, start.ToString(
                    "yyyyMMdd",
                    CultureInfo.InvariantCulture)];
        }, sharedStrings: true);
        foreach (var kind in new[] { "csv", "xlsx" })
        {
            File.WriteAllText(Path.Combine(delivered, $"{kind}.yaml"), $$"""
                registry: company
                as_of: 2026-06-30
                id: shareholders
                tables:
                  - file: 股东出资信息.{{kind}}
                    records:
                      company: { kind: companies, ref: [统一社会信用代码], fields: { name: 企业名称, credit_code: 统一社会信用代码, industry: 国民经济行业 } }
                      holder:
                        kind: people
                        ref: [证照号码]
                        fields: { name: 股东名称, id_number: 证照号码, birth_date: { column: 出生日期, date: auto }, gender: { column: 性别, map: gender } }
                      stake:
                        kind: shareholdings
                        fields:
                          holder_ref: { record: holder }
                          company_ref: { record: company }
                          share: { column: 出资比例, share: percent }
                          subscribed_capital: { column: 认缴出资额（万元）, amount: 万元 }
                          start_date: { column: 出资日期, date: auto }
                """, new UTF8Encoding(false));
        }

        File.WriteAllText(Path.Combine(folder, "done"), string.Empty);
    }

    private readonly record struct Holder(string Number, string Name, DateOnly Birth, bool Male);

    private readonly record struct Firm(string Code, string Name, string Industry);

    private static Holder MakeHolder(int i)
    {
        var random = new Random(i);
        var birth = new DateOnly(1950, 1, 1).AddDays(random.Next(0, 20_000));
        var number = IdentityNumber.Create("4408" + (i % 100).ToString("D2", CultureInfo.InvariantCulture), birth, i % 997);
        return new Holder(number.Value, Name(random), birth, number.Sex == Sex.Male);
    }

    private static Firm MakeFirm(int i)
    {
        var code = CreditCode.Create(string.Create(CultureInfo.InvariantCulture, $"914408{i % 100:D2}{i:D9}"));
        return new Firm(
            code.Value,
            string.Create(CultureInfo.InvariantCulture, $"湛江市{Name(new Random(-i - 1))}实业有限公司{i}"),
            string.Create(CultureInfo.InvariantCulture, $"{"ABCEFGJ"[i % 7]}{10 + (i % 89)}"));
    }

    private static (Holder Holder, Firm Firm, int Share, decimal Capital, DateOnly Start) Row(int i, Holder[] holders, Firm[] firms) =>
        (holders[i % holders.Length], firms[(int)((i * 7919L) % firms.Length)], 1 + (i % 99), 1 + ((i % 500) / 4m), new DateOnly(2000, 1, 1)
            .AddDays(i % 9000));

    private static string Name(Random random)
    {
        const string surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
        const string given = "建国秀英伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂";
        return string.Concat(
            surnames[random.Next(surnames.Length)],
            given[random.Next(given.Length)],
            random.Next(3) == 0 ? string.Empty : given[random.Next(given.Length)].ToString());
    }

    private static StreamWriter Writer(string folder, string file, string header)
    {
        var writer = new StreamWriter(Path.Combine(folder, file), false, new UTF8Encoding(false), 1 << 16);
        writer.WriteLine(header);
        return writer;
    }
}
