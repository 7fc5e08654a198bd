using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Ingest.Mappings;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Ingest.Tests.Mappings;

/// <summary>Headers and files: where a table's header is, which files a table reads, and how a wrong one fails.</summary>
public sealed partial class MappedBundleReaderTests
{
    [Fact]
    public async Task A_header_below_title_rows_is_found_and_an_explicit_header_row_is_used()
    {
        _folder.Xlsx("a.xlsx", new XlsxBuilder().Sheet("S")
            .Row(1, "某某登记表")
            .Row(2, "号", "名")
            .Row(3, "p1", "王建国")
            .Merge("A1:B1"));
        var found = _folder.Mapping("""
            registry: cadre
            tables:
              - file: a.xlsx
                records:
                  person: { kind: people, ref: [号], fields: { name: 名 } }
            """);

        var reader = new MappedBundleReader(MappingFileReader.Read(found));
        var sink = new CollectingSink();
        await reader.ReadAsync(sink, CancellationToken.None);

        Assert.Equal(("a.xlsx!S", 2), (reader.Headers[0].Location, reader.Headers[0].Row));
        Assert.Equal(new SourceRef("mapping", "a.xlsx!S", 3), Assert.Single(sink.Nodes).Source);
    }

    [Fact]
    public async Task A_column_no_header_holds_fails_the_mapping_at_its_line_before_any_row_is_read()
    {
        _folder.Csv("a.csv", "utf-8", "号,姓名", "p1,王建国");
        var mapping = _folder.Mapping("""
            registry: cadre
            tables:
              - file: a.csv
                header: 1
                records:
                  person:
                    kind: people
                    ref: [号]
                    fields:
                      name: 名
            """);
        var sink = new CollectingSink();

        var error = await Assert.ThrowsAsync<MappingException>(
            () => new MappedBundleReader(MappingFileReader.Read(mapping)).ReadAsync(sink, CancellationToken.None));

        Assert.Equal(
            "mapping.yaml:10: column '名' is not in the header of a.csv (row 1: '号', '姓名')",
            Assert.Single(error.Problems).ToString());
        Assert.Empty(sink.Nodes);
        Assert.False(sink.NodesCompleted);
    }

    [Fact]
    public async Task A_bare_word_meant_as_a_constant_is_a_column_and_the_message_says_how_to_write_a_constant()
    {
        _folder.Csv("股东.csv", "utf-8", "代码,企业,号,股东,比例", "c1,甲公司,p1,李秀英,10%");
        var mapping = _folder.Mapping("""
            registry: company
            tables:
              - file: 股东.csv
                header: 1
                records:
                  company: { kind: companies, ref: [代码], fields: { name: 企业 } }
                  stake:
                    kind: shareholdings
                    fields:
                      holder_ref: 号
                      holder_kind: { when: { column: 比例, not_empty: true }, then: person }
                      company_ref: { record: company }
                      share: 比例
            """);

        var error = await Assert.ThrowsAsync<MappingException>(() => ReadAsync(mapping));

        Assert.EndsWith(
            "(row 1: '代码', '企业', '号', '股东', '比例'); a constant is written {literal: person}",
            Assert.Single(error.Problems).Reason,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_row_that_could_be_the_header_names_the_closest_and_what_it_lacks()
    {
        _folder.Csv("a.csv", "utf-8", "标题", "号,姓名", "p1,王建国");
        var mapping = _folder.Mapping("""
            registry: cadre
            tables:
              - file: a.csv
                records:
                  person: { kind: people, ref: [号], fields: { name: 名 } }
            """);

        var error = await Assert.ThrowsAsync<MappingException>(() => ReadAsync(mapping));

        Assert.Equal(
            "mapping.yaml:3: a.csv: no row among the first 100 holds every column the table names; the closest, row 2, lacks '名' (its " +
                "cells: '号', '姓名'). Check the column names, or give the row with 'header:'",
            Assert.Single(error.Problems).ToString());
    }

    [Fact]
    public async Task Header_names_match_without_spaces_line_breaks_width_or_case()
    {
        _folder.Csv("a.csv", "utf-8", "\"公民身份\n号码\",ＩＤ备注,Name", "440802196803150017,x,王建国");
        var mapping = _folder.Mapping("""
            registry: cadre
            tables:
              - file: a.csv
                records:
                  person: { kind: people, ref: [公民身份号码], fields: { name: name, address: id备注 } }
            """);

        Assert.Equal("王建国", Assert.Single((await ReadAsync(mapping)).Nodes).Name);
    }

    [Fact]
    public async Task A_header_cell_merged_across_columns_is_ambiguous()
    {
        _folder.Xlsx("a.xlsx", new XlsxBuilder().Sheet("S")
            .Row(1, "号", "家属信息", null, "备注")
            .Row(2, "p1", "李秀英", "配偶", "")
            .Merge("B1:C1"));
        var mapping = _folder.Mapping("""
            registry: cadre
            tables:
              - file: a.xlsx
                records:
                  person: { kind: people, ref: [号], fields: { name: 家属信息 } }
            """);

        var error = await Assert.ThrowsAsync<MappingException>(() => ReadAsync(mapping));

        Assert.Equal(
            "mapping.yaml:5: column '家属信息' is ambiguous in a.xlsx!S: its header cell is merged across B1:C1, so it heads 2 columns. Give " +
                "each column a header cell of its own, or name with 'header:' the row below it",
            Assert.Single(error.Problems).ToString());
    }

    [Fact]
    public async Task A_gb18030_file_read_as_utf8_fails_with_a_hint()
    {
        _folder.Csv("股东.csv", "gb18030", "号,名", "p1,王建国");
        var mapping = _folder.Mapping("""
            registry: company
            tables:
              - file: 股东.csv
                records:
                  person: { kind: people, ref: [号], fields: { name: 名 } }
            """);

        var error = await Assert.ThrowsAsync<MappingException>(() => ReadAsync(mapping));

        var problem = Assert.Single(error.Problems).ToString();
        Assert.StartsWith("mapping.yaml:3: 股东.csv: row 1 cannot be read: bytes not valid in utf-8: ", problem, StringComparison.Ordinal);
        Assert.EndsWith("add 'encoding: gb18030' to the table", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Utf8_with_a_byte_order_mark_reads_its_first_column()
    {
        _folder.Csv("a.csv", "utf-8-bom", "号,名", "p1,王建国");
        var mapping = _folder.Mapping("""
            registry: cadre
            tables:
              - file: a.csv
                records:
                  person: { kind: people, ref: [号], fields: { name: 名 } }
            """);

        Assert.Equal("p1", Assert.Single((await ReadAsync(mapping)).Nodes).Ref);
    }

    [Fact]
    public async Task A_glob_matching_nothing_a_missing_sheet_and_a_file_that_is_not_a_workbook_fail_their_tables()
    {
        _folder.Csv("b.csv", "utf-8", "号,名", "p1,王建国");
        _folder.Xlsx("c.xlsx", new XlsxBuilder().Sheet("干部").Row(1, "号", "名").Row(2, "p2", "李秀英"));
        _folder.Csv("d.xlsx", "utf-8", "号,名", "p3,王小明");
        var mapping = _folder.Mapping("""
            registry: cadre
            tables:
              - file: "干部*.xlsx"
                records:
                  person: { kind: people, ref: [号], fields: { name: 名 } }
              - file: c.xlsx
                sheet: 家庭成员
                records:
                  person: { kind: people, ref: [号], fields: { name: 名 } }
              - file: d.xlsx
                records:
                  person: { kind: people, ref: [号], fields: { name: 名 } }
              - file: b.csv
                records:
                  person: { kind: people, ref: [号], fields: { name: 名 } }
            """);

        var sink = await ReadAsync(mapping);

        Assert.Equal(
            [
                $"干部*.xlsx:0: no file matches '干部*.xlsx' in {_folder.Folder} (mapping line 3): the table is not read",
                "c.xlsx:0: has no sheet '家庭成员': its sheets are 1 '干部' (mapping line 6): the table is not read",
                "d.xlsx:0: is not a workbook but a text file (a CSV file renamed .xlsx?): give it its .csv name, or save it from Excel " +
                    "as .xlsx (mapping line 10): the table is not read",
            ],
            sink.Rejected.Select(r => r.ToString()));
        Assert.Equal(["p1"], sink.Nodes.Select(n => n.Ref));
    }

    [Fact]
    public async Task Files_given_replace_the_globs_and_one_matching_no_table_fails_the_mapping()
    {
        var county = _folder.Csv("干部-霞山.csv", "utf-8", "号,名", "p1,王建国");
        var stray = _folder.Csv("流水.csv", "utf-8", "号,名", "p2,李秀英");
        _folder.Csv("干部-赤坎.csv", "utf-8", "号,名", "p3,王小明");
        var mapping = _folder.Mapping("""
            registry: cadre
            tables:
              - file: "干部-*.csv"
                records:
                  person: { kind: people, ref: [号], fields: { name: 名 } }
            """);

        Assert.Equal(["p1"], (await ReadAsync(mapping, [county])).Nodes.Select(n => n.Ref));
        Assert.Equal(["p3", "p1"], (await ReadAsync(mapping)).Nodes.Select(n => n.Ref));
        var error = await Assert.ThrowsAsync<MappingException>(() => ReadAsync(mapping, [county, stray]));
        Assert.Equal("mapping.yaml: 流水.csv matches no table's 'file' (干部-*.csv)", Assert.Single(error.Problems).ToString());
    }
}
