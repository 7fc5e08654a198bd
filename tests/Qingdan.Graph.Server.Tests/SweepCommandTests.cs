using System.Text.Json;
using Microsoft.Data.Sqlite;
using Qingdan.Graph.Cli;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Server.Tests;

/// <summary><c>qingdan sweep</c> through the real command line on a SQLite file.</summary>
public sealed class SweepCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"qingdan-sweep-cli-{Guid.NewGuid():N}");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Sweep_prints_a_table_per_rule_and_writes_findings_jsonl()
    {
        using var bundle = new BundleBuilder("cadre-x", "cadre", root: Path.Combine(_folder, "bundles"))
            .File("people.csv", "ref,name,id_number", "p1,王建国,440802196803150017", "p2,李秀英,440802197005020028")
            .File("agencies.csv", "ref,name,region_code", "a1,湛江市住房和城乡建设局,440800")
            .File("positions.csv", "person_ref,agency_ref,start_date", "p1,a1,2015-01-01")
            .File("family.csv", "person_ref,relative_ref,relation,start_date", "p1,p2,spouse,1995-10-01")
            .File("companies.csv", "ref,name,credit_code,region_code,industry", "c1,湛江市海滨建材有限公司,91440802MA4UJ0XX1P,440802,E48")
            .File("shareholdings.csv", "holder_ref,holder_kind,company_ref,share,start_date", "p2,person,c1,0.35,2016-01-01");
        var db = $"Data Source={Path.Combine(_folder, "q.db")}";
        var findings = Path.Combine(_folder, "out", "findings.jsonl");
        Assert.Equal(ExitCodes.Success, (await Cli.RunAsync("ingest", bundle.Folder, "--db", db)).Code);

        var (code, output, _) = await Cli.RunAsync(
            "sweep",
            "--db",
            db,
            "--rules",
            "NL5,NL3",
            "--set",
            "principal_share=0.3",
            "--out",
            findings);
        var (again, againOutput, _) = await Cli.RunAsync("sweep", "--db", db, "--rules", "NL5");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Matches(@"NL5\s+1\s+1\s+0\s+0\s+0", output);
        Assert.Matches(@"NL3\s+0\s+0\s+0\s+0\s+0", output);
        Assert.Contains("wrote 1 findings", output, StringComparison.Ordinal);
        var line = Assert.Single(File.ReadAllLines(findings));
        using var json = JsonDocument.Parse(line);
        Assert.Equal(("NL5", "new", "s_1"), (json.RootElement.GetProperty("rule").GetString(), json.RootElement.GetProperty("change")
            .GetString(), json.RootElement.GetProperty("sweep").GetString()));
        Assert.False(File.Exists(findings + ".partial"));
        Assert.Equal(ExitCodes.Success, again);
        Assert.Matches(@"NL5\s+1\s+0\s+1\s+0\s+0", againOutput);
    }

    [Theory]
    [InlineData("--rules", "NL3,NL7", "Unknown rule 'NL7'")]
    [InlineData("--set", "principal_share=1.5", "principal_share must be a fraction above 0 and at most 1")]
    [InlineData("--set", "threshold=0.3", "Unknown parameter 'threshold'")]
    [InlineData("--set", "principal_share", "is not name=value")]
    public async Task Bad_rules_or_parameters_exit_with_2_and_say_what_is_wrong(string option, string value, string message)
    {
        var (code, _, error) = await Cli.RunAsync("sweep", "--db", $"Data Source={Path.Combine(_folder, "q.db")}", option, value);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "q.db")), "a refused command line must not create the database");
    }
}
