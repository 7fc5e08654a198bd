using Microsoft.Data.Sqlite;
using Qingdan.Graph.Cli;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Server.Tests;

/// <summary><c>qingdan map check</c> and <c>qingdan ingest --mapping</c> through the real command line.</summary>
public sealed class MapCommandTests : IDisposable
{
    private static readonly string Examples = Path.Combine(RepositoryRoot.Path, "examples", "mappings");
    private readonly MappingFolder _folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public async Task Map_check_prints_the_header_found_the_first_rows_as_records_and_exits_0_when_nothing_would_be_rejected()
    {
        var (code, output, _) = await Cli.RunAsync("map", "check", Path.Combine(Examples, "cadre", "cadre.yaml"), "--rows", "2");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains(
            "干部信息2026.xlsx!家庭成员: header on row 2: 干部姓名 | 干部身份证号 | 称谓 | 姓名 | 出生年月 | 身份证号 | 工作单位及职务 | 结婚时间 | 备注",
            output,
            StringComparison.Ordinal);
        Assert.Contains("family (2 of the first rows' records)", output, StringComparison.Ordinal);
        Assert.Matches(@"干部信息2026\.xlsx!家庭成员:3\s+tie\s+440802196803150017\s+440802196803150017\|李秀英\s+spouse\s+1995-10-01", output);
        Assert.Contains("problems: none", output, StringComparison.Ordinal);
        Assert.Contains(
            "7 rows read, 0 left out by where; 9 records and 7 facts would be ingested, 0 rows rejected",
            output,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Map_check_lists_every_problem_with_file_sheet_row_and_column_and_exits_1()
    {
        _folder.Xlsx("家庭成员.xlsx", new XlsxBuilder().Sheet("家庭成员")
            .Row(1, "干部号", "家属号", "家属", "称谓")
            .Row(2, "p1", "r1", "李秀英", "配偶")
            .Row(14, "p1", "r2", "张三", "表哥"));
        var mapping = _folder.Mapping("""
            registry: cadre
            tables:
              - file: 家庭成员.xlsx
                sheet: 家庭成员
                records:
                  official: { kind: people, ref: [干部号], fields: { name: { literal: 王建国 } } }
                  relative: { kind: people, ref: [家属号], fields: { name: 家属 } }
                  tie: { kind: family, fields: { person_ref: { record: official }, relative_ref: { record: relative }, relation: { column: 称谓, map: relation } } }
            """);

        var (code, output, _) = await Cli.RunAsync("map", "check", mapping);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains(
            "problems (1):\n  家庭成员.xlsx!家庭成员:14: 称谓: '表哥' is not in the vocabulary relation",
            output.ReplaceLineEndings("\n"),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Map_check_of_a_mapping_that_cannot_be_used_lists_its_lines_and_exits_1()
    {
        var mapping = _folder.Mapping("""
            registry: cadre
            tables:
              - file: a.csv
                records:
                  person: { kind: person, ref: [号] }
            """);

        var (code, output, _) = await Cli.RunAsync("map", "check", mapping);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("the mapping cannot be used (1 problem):", output, StringComparison.Ordinal);
        Assert.Contains("mapping.yaml:5: kind 'person' does not exist", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_with_a_mapping_commits_the_delivered_files_and_a_second_run_changes_nothing()
    {
        var db = $"Data Source={Path.Combine(_folder.Folder, "q.db")}";

        var (code, output, _) = await Cli.RunAsync(
            "ingest",
            "--mapping",
            Path.Combine(Examples, "bank", "bank.yaml"),
            "--db",
            db,
            "--skip-image");
        var (again, againOutput, _) = await Cli.RunAsync(
            "ingest",
            "--mapping",
            Path.Combine(Examples, "bank", "bank.yaml"),
            "--db",
            db,
            "--skip-image");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Matches(@"bank\s+bank-zj-2026\s+committed\s+8\s+4\s+4\s+0\s+0", output);
        Assert.Equal(ExitCodes.Success, again);
        Assert.Contains("unchanged", againOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_with_a_mapping_that_cannot_be_used_exits_1_with_the_reason()
    {
        var mapping = _folder.Mapping("""
            registry: cadre
            tables:
              - file: a.csv
                records:
                  person: { kind: people, ref: [号], fields: { name: 名 } }
            """);
        var db = $"Data Source={Path.Combine(_folder.Folder, "q.db")}";

        var (code, output, _) = await Cli.RunAsync("ingest", "--mapping", mapping, "--db", db);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("failed", output, StringComparison.Ordinal);
        Assert.Contains("error: mapping.yaml:3: a.csv: no file matches 'a.csv' in ", output, StringComparison.Ordinal);
    }
}
