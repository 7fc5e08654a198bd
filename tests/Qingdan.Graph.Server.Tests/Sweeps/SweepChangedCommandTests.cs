using Microsoft.Data.Sqlite;
using Qingdan.Graph.Cli;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Server.Tests.Sweeps;

/// <summary><c>qingdan sweep --changed</c> and <c>--full</c> through the real command line on a SQLite file.</summary>
public sealed class SweepChangedCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"qingdan-sweep-changed-{Guid.NewGuid():N}");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Changed_runs_in_full_first_saying_why_then_only_the_officials_a_delta_reaches()
    {
        using var cadre = new BundleBuilder("cadre-x", "cadre", root: Path.Combine(_folder, "bundles"))
            .File(
                "people.csv",
                "ref,name,id_number",
                "p1,王建国,440802196803150017",
                "p2,李秀英,440802197005020028",
                "p3,陈志明,440802197107070031")
            .File("agencies.csv", "ref,name,region_code", "a1,湛江市住房和城乡建设局,440800")
            .File("positions.csv", "person_ref,agency_ref,start_date", "p1,a1,2015-01-01", "p3,a1,2016-01-01")
            .File("family.csv", "person_ref,relative_ref,relation,start_date", "p1,p2,spouse,1995-10-01");
        using var company = new BundleBuilder("company-x", "company", root: Path.Combine(_folder, "bundles"))
            .File("people.csv", "ref,name,id_number", "c-p2,李秀英,440802197005020028")
            .File(
                "companies.csv",
                "ref,name,credit_code,region_code,industry",
                "c1,湛江市海滨建材有限公司,91440802MA4UJ0XX1P,440802,E48")
            .File("shareholdings.csv", "holder_ref,holder_kind,company_ref,share,start_date", "c-p2,person,c1,35,2016-01-01");
        var db = $"Data Source={Path.Combine(_folder, "q.db")}";
        Assert.Equal(ExitCodes.Success, (await Cli.RunAsync("ingest", cadre.Folder, "--db", db)).Code);

        var (code, first, _) = await Cli.RunAsync("sweep", "--db", db, "--changed");
        Assert.Equal(ExitCodes.Success, (await Cli.RunAsync("ingest", company.Folder, "--db", db)).Code);
        var (_, second, _) = await Cli.RunAsync("sweep", "--db", db, "--changed");
        var (both, _, error) = await Cli.RunAsync("sweep", "--db", db, "--changed", "--full");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("every official ran: no sweep has succeeded on this store yet", first, StringComparison.Ordinal);
        Assert.Contains("2 officials,", first, StringComparison.Ordinal);
        // The spouse's new stake reaches 王建国, not 陈志明.
        Assert.Matches(@"1 officials \(incremental: \d+ entities changed\)", second);
        Assert.Matches(@"NL5\s+1\s+1\s+0\s+0\s+0", second);
        Assert.Equal(ExitCodes.Usage, both);
        Assert.Contains("--changed and --full exclude each other", error, StringComparison.Ordinal);
    }
}
