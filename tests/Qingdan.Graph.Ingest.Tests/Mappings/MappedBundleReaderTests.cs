using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Ingest.Mappings;
using Qingdan.Graph.Ingest.Statements;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Ingest.Tests.Mappings;

public sealed class MappedBundleReaderTests : IDisposable
{
    private readonly MappingFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_cadre_workbook_with_a_title_row_becomes_people_and_family()
    {
        _folder.Xlsx("干部家庭成员2026.xlsx", new XlsxBuilder().Sheet("家庭成员")
            .Row(1, "湛江市霞山区干部家庭成员登记表")
            .Row(2, "填报单位：区委组织部")
            .Row(3, "干部姓名", "干部身份证号", "家属姓名", "称谓", "家属身份证号", "出生年月", "结婚时间")
            .Row(4, "王建国", "440802196803150017", "李秀英", "妻子", XlsxCell.Inline(""), "1970.05", XlsxCell.Date(new DateOnly(1995, 10, 1)))
            .Row(5, "王建国", "440802196803150017", "王小明", "儿子", "440802199603020019", "1996.03", null)
            .Merge("A1:G1"));
        var mapping = _folder.Mapping("""
            registry: cadre
            source: 湛江市委组织部
            as_of: 2026-06-30
            tables:
              - file: "干部家庭成员*.xlsx"
                sheet: 家庭成员
                records:
                  official:
                    kind: people
                    ref: [干部身份证号]
                    fields:
                      name: 干部姓名
                      id_number: 干部身份证号
                  relative:
                    kind: people
                    ref: [干部身份证号, 家属姓名]
                    fields:
                      name: 家属姓名
                      id_number: 家属身份证号
                      birth_date: { column: 出生年月, date: "yyyy.MM" }
                  tie:
                    kind: family
                    fields:
                      person_ref: { record: official }
                      relative_ref: { record: relative }
                      relation: { column: 称谓, map: relation }
                      start_date: { column: 结婚时间, date: auto }
            """);

        var sink = await ReadAsync(mapping);

        Assert.Empty(sink.Issues.Select(i => i.ToString()));
        Assert.Equal(["440802196803150017", "440802196803150017|李秀英", "440802196803150017|王小明"], sink.Nodes.Select(n => n.Ref));
        var wife = sink.Nodes[1];
        Assert.Equal(("李秀英", (DateOnly?)null, (YearMonth?)new YearMonth(1970, 5)), (wife.Name, wife.BirthDate, wife.BirthMonth));
        Assert.Equal(new SourceRef("mapping", "干部家庭成员2026.xlsx!家庭成员", 4), wife.Source);
        Assert.Equal(new SourceRef("mapping", "干部家庭成员2026.xlsx!家庭成员", 4), sink.Nodes[0].Source);
        Assert.Equal(["spouse", "child"], sink.Links.Select(l => l.Detail));
        Assert.Equal(new DateOnly(1995, 10, 1), sink.Links[0].Start);
        Assert.Equal(new NodeRef(NodeKind.Person, "440802196803150017|王小明"), sink.Links[1].To);
        Assert.Equal(new SourceRef("mapping", "干部家庭成员2026.xlsx!家庭成员", 5), sink.Links[1].Source);
    }

    private static async Task<CollectingSink> ReadAsync(string mapping, IReadOnlyList<string>? files = null)
    {
        var sink = new CollectingSink();
        await new MappedBundleReader(MappingFileReader.Read(mapping), files).ReadAsync(sink, CancellationToken.None);
        return sink;
    }
}
