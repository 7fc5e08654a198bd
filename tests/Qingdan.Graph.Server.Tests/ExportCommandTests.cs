using System.Text.Json;
using Microsoft.Data.Sqlite;
using Qingdan.Graph.Cli;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Server.Tests;

/// <summary><c>qingdan export findings|audit</c> on a SQLite file: both formats, and each export on record.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"qingdan-export-cli-{Guid.NewGuid():N}");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Findings_export_as_jsonl_and_csv_and_both_exports_are_audited()
    {
        using var bundle = new BundleBuilder("cadre-x", "cadre", root: Path.Combine(_folder, "bundles"))
            .File("people.csv", "ref,name,id_number", "p1,王建国,440802196803150017", "p2,李秀英,440802197005020028")
            .File("agencies.csv", "ref,name,region_code", "a1,湛江市住房和城乡建设局,440800")
            .File("positions.csv", "person_ref,agency_ref,start_date", "p1,a1,2015-01-01")
            .File("family.csv", "person_ref,relative_ref,relation,start_date", "p1,p2,spouse,1995-10-01")
            .File(
                "companies.csv",
                "ref,name,credit_code,region_code,industry",
                "c1,\"=HYPERLINK(\"\"x\"\"),海滨\",91440802MA4UJ0XX1P,440802,E48")
            .File("shareholdings.csv", "holder_ref,holder_kind,company_ref,share,start_date", "p2,person,c1,35,2016-01-01");
        var db = $"Data Source={Path.Combine(_folder, "q.db")}";
        var csvFile = Path.Combine(_folder, "findings.csv");
        Assert.Equal(ExitCodes.Success, (await Cli.RunAsync("ingest", bundle.Folder, "--db", db)).Code);
        Assert.Equal(ExitCodes.Success, (await Cli.RunAsync("sweep", "--db", db)).Code);

        var (jsonl, jsonText, _) = await Cli.RunAsync("export", "findings", "--db", db);
        var (csv, _, _) = await Cli.RunAsync("export", "findings", "--format", "csv", "--out", csvFile, "--db", db);
        var (audit, auditText, _) = await Cli.RunAsync("export", "audit", "--db", db);
        var (bad, _, badError) = await Cli.RunAsync("export", "findings", "--format", "xml", "--db", db);

        Assert.Equal((ExitCodes.Success, ExitCodes.Success, ExitCodes.Success, ExitCodes.Usage), (jsonl, csv, audit, bad));
        using var finding = JsonDocument.Parse(jsonText.Split('\n', StringSplitOptions.RemoveEmptyEntries).Single());
        Assert.Equal("NL5", finding.RootElement.GetProperty("rule").GetString());
        var rows = File.ReadAllLines(csvFile);
        Assert.StartsWith("id,rule,variants,severity", rows[0], StringComparison.Ordinal);
        Assert.Contains(",NL5,shares,", rows[1], StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\"),海滨\"", rows[1], StringComparison.Ordinal);
        var operations = auditText.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("operation").GetString())
            .ToList();
        Assert.Contains("export findings --format jsonl", operations);
        Assert.Contains("export findings --format csv", operations);
        Assert.Contains("jsonl or csv", badError, StringComparison.Ordinal);
    }
}
