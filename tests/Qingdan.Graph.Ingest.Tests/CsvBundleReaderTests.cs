using System.Text;
using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Ingest.Bundles;
using Qingdan.Graph.Ingest.Statements;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Ingest.Tests;

public sealed class CsvBundleReaderTests : IDisposable
{
    private readonly List<BundleBuilder> _bundles = [];

    public void Dispose()
    {
        foreach (var bundle in _bundles)
        {
            bundle.Dispose();
        }
    }

    [Fact]
    public async Task Nodes_and_links_are_read_with_their_provenance()
    {
        var bundle = Bundle("cadre-2026", "cadre")
            .File("people.csv", "ref,name,id_number,birth_date,gender", "p1,王建国,440802196803150017,1968-03-15,M", "p2,李秀英,,1970/05/02,F")
            .File("agencies.csv", "ref,name,region_code,sectors", "a1,湛江市住房和城乡建设局,440800,E|F")
            .File(
                "positions.csv",
                "person_ref,agency_ref,title,start_date,end_date,powers",
                "p1,a1,局长,2015-01-01,,procurement_award|license")
            .File("family.csv", "person_ref,relative_ref,relation,start_date,end_date", "p1,p2,spouse,1995年10月1日,");

        var sink = await ReadAsync(bundle);

        Assert.Empty(sink.Issues);
        Assert.Equal(["a1", "p1", "p2"], sink.Nodes.Select(n => n.Ref));
        var wang = sink.Nodes.Single(n => n.Ref == "p1");
        Assert.Equal(
            (IdentifierStatus.Valid, new DateOnly(1968, 3, 15), Sex.Male),
            (wang.IdentifierStatus!.Value, wang.BirthDate!.Value, wang.Gender!.Value));
        Assert.Equal(new SourceRef("cadre-2026", "people.csv", 2), wang.Source);
        var position = sink.Links.Single(l => l.Kind == LinkKind.Position);
        Assert.Equal(["procurement_award", "license"], position.Powers);
        Assert.Equal(new SourceRef("cadre-2026", "positions.csv", 2), position.Source);
        var spouse = sink.Links.Single(l => l.Kind == LinkKind.Family);
        Assert.Equal(("spouse", new DateOnly(1995, 10, 1)), (spouse.Detail, spouse.Start!.Value));
        Assert.Equal(new NodeRef(NodeKind.Person, "p2"), spouse.To);
    }

    [Fact]
    public async Task Missing_required_column_rejects_every_row_naming_the_column()
    {
        var bundle = Bundle("b", "cadre").File("people.csv", "ref,id_number", "p1,", "p2,");

        var sink = await ReadAsync(bundle);

        Assert.Empty(sink.Nodes);
        Assert.Equal([2, 3], sink.Rejected.Select(r => r.Line));
        Assert.All(sink.Rejected, r => Assert.Equal("required column 'name' missing from the header of people.csv", r.Reason));
        Assert.Equal("p1,", sink.Rejected.First().Raw);
    }

    [Fact]
    public async Task Unknown_ref_is_rejected_naming_the_column_and_the_ref()
    {
        var bundle = Bundle("b", "cadre")
            .File("people.csv", "ref,name", "p1,王建国")
            .File("family.csv", "person_ref,relative_ref,relation", "p1,p9,child");

        var sink = await ReadAsync(bundle);

        var rejected = Assert.Single(sink.Rejected);
        Assert.Equal(("family.csv", 2), (rejected.File, rejected.Line));
        Assert.Equal("unknown relative_ref 'p9': no people.csv row of this registry has that ref", rejected.Reason);
        Assert.Empty(sink.Links);
    }

    [Fact]
    public async Task Unparseable_date_is_rejected_with_the_accepted_forms()
    {
        var bundle = Bundle("b", "cadre")
            .File("people.csv", "ref,name,birth_date", "p1,王建国,1968-13-45");

        var sink = await ReadAsync(bundle);

        Assert.Contains("birth_date '1968-13-45' is not a date", Assert.Single(sink.Rejected).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Share_of_140_is_rejected()
    {
        var bundle = Bundle("b", "company")
            .File("people.csv", "ref,name", "p1,王建国")
            .File("companies.csv", "ref,name", "c1,海滨建材")
            .File("shareholdings.csv", "holder_ref,holder_kind,company_ref,share", "p1,person,c1,140", "p1,person,c1,40");

        var sink = await ReadAsync(bundle);

        Assert.Equal("share 140 is outside 0–100", Assert.Single(sink.Rejected).Reason);
        Assert.Equal(0.4, Assert.Single(sink.Links).Share!.Value, 12);
    }

    [Theory]
    [InlineData("family.csv", "person_ref,relative_ref,relation", "p1,p2,cousin", "unknown relation 'cousin'")]
    [InlineData("company_roles.csv", "person_ref,company_ref,role", "p1,c1,janitor", "unknown role 'janitor'")]
    [InlineData(
        "transactions.csv",
        "from_ref,from_kind,to_ref,to_kind,kind,date",
        "c1,company,p1,person,bribe,2024-01-01",
        "unknown transaction kind 'bribe'")]
    [InlineData("shareholdings.csv", "holder_ref,holder_kind,company_ref,share", "p1,trust,c1,10", "unknown holder kind 'trust'")]
    [InlineData("associates.csv", "person_ref,associate_ref,kind", "p1,p2,enemy", "unknown associate kind 'enemy'")]
    public async Task Unknown_words_are_rejected_with_the_known_ones_listed(string file, string header, string row, string reason)
    {
        var bundle = Bundle("b", "r")
            .File("people.csv", "ref,name", "p1,王建国", "p2,李秀英")
            .File("companies.csv", "ref,name", "c1,海滨建材")
            .File(file, header, row);

        var sink = await ReadAsync(bundle);

        var rejected = Assert.Single(sink.Rejected);
        Assert.StartsWith(reason, rejected.Reason, StringComparison.Ordinal);
        Assert.Contains("expected one of", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decision_kinds_are_open_words()
    {
        var bundle = Bundle("b", "licensing")
            .File("decisions.csv", "ref,kind,decided_date", "d1,Fishing_Permit,2024-01-01");

        var sink = await ReadAsync(bundle);

        Assert.Empty(sink.Issues);
        Assert.Equal("fishing_permit", Assert.Single(sink.Nodes).DecisionKind);
    }

    [Fact]
    public async Task GB18030_file_declared_as_UTF8_rejects_its_rows_and_stores_no_replacement_character()
    {
        var bundle = Bundle("b", "civil")
            .Bytes(
                "people.csv",
                [.. "ref,name\n"u8.ToArray(), .. BundleBuilder.Gb18030Bytes("p1,王建国\n"), .. "p2,Li Xiuying\n"u8.ToArray()]);

        var sink = await ReadAsync(bundle);

        var rejected = Assert.Single(sink.Rejected);
        Assert.Equal(2, rejected.Line);
        Assert.StartsWith("bytes not valid in utf-8", rejected.Reason, StringComparison.Ordinal);
        Assert.Contains("\\x", rejected.Raw, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', rejected.Raw);
        Assert.Equal("Li Xiuying", Assert.Single(sink.Nodes).Name);
    }

    [Fact]
    public async Task GB18030_bundle_reads_its_names()
    {
        var bundle = Bundle("b", "civil", encoding: "gb18030").File("people.csv", "ref,name", "p1,王建国", "p2,欧阳·娜娜");

        var sink = await ReadAsync(bundle);

        Assert.Empty(sink.Issues);
        Assert.Equal(["王建国", "欧阳·娜娜"], sink.Nodes.Select(n => n.Name));
    }

    [Fact]
    public async Task UTF8_with_byte_order_mark_reads_its_header()
    {
        var bundle = Bundle("b", "cadre").Bytes("people.csv", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("ref,name\np1,王建国\n")]);

        var sink = await ReadAsync(bundle);

        Assert.Empty(sink.Issues);
        Assert.Equal("p1", Assert.Single(sink.Nodes).Ref);
    }

    [Fact]
    public async Task Duplicate_ref_in_one_file_rejects_the_second_row_naming_the_first()
    {
        var bundle = Bundle("b", "cadre").File("people.csv", "ref,name", "p1,王建国", "p1,王建军");

        var sink = await ReadAsync(bundle);

        Assert.Equal("王建国", Assert.Single(sink.Nodes).Name);
        var rejected = Assert.Single(sink.Rejected);
        Assert.Equal((3, "duplicate ref 'p1' (first on line 2)"), (rejected.Line, rejected.Reason));
    }

    [Fact]
    public async Task Empty_file_is_reported_and_reads_nothing()
    {
        var bundle = Bundle("b", "cadre").Bytes("people.csv", []);

        var sink = await ReadAsync(bundle);

        Assert.Empty(sink.Nodes);
        Assert.Equal(
            ("people.csv", 1, "file is empty: a header line is needed"),
            (Assert.Single(sink.Rejected).File, sink.Rejected.Single().Line, sink.Rejected.Single().Reason));
    }

    [Fact]
    public void Bundle_without_manifest_cannot_be_read()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"qingdan-nomanifest-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var error = Assert.Throws<BundleFormatException>(() => ManifestReader.Read(folder));

            Assert.Contains("bundle has no manifest.json", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder);
        }
    }

    [Fact]
    public async Task Quoted_fields_may_span_lines_and_later_rows_keep_their_true_line_numbers()
    {
        var bundle = Bundle("b", "cadre")
            .File("people.csv", "ref,name,address", "p1,王建国,\"湛江市\n霞山区\"", string.Empty, "p2,李秀英,");

        var sink = await ReadAsync(bundle);

        Assert.Equal("湛江市\n霞山区", sink.Nodes[0].Address);
        Assert.Equal([2, 5], sink.Nodes.Select(n => n.Source.Line));
    }

    [Fact]
    public async Task Invalid_check_character_keeps_the_row_and_warns()
    {
        var bundle = Bundle("b", "company").File("companies.csv", "ref,name,credit_code", "c1,海滨建材,91110000600037341M");

        var sink = await ReadAsync(bundle);

        var company = Assert.Single(sink.Nodes);
        Assert.Equal(IdentifierStatus.Invalid, company.IdentifierStatus);
        Assert.Empty(sink.Rejected);
        Assert.Contains("expected 'L'", Assert.Single(sink.Warnings).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Company_region_defaults_to_the_credit_code_region_and_unknown_columns_are_kept()
    {
        var bundle = Bundle("b", "company").File(
            "companies.csv",
            "ref,name,credit_code,legal_person_phone",
            "c1,海滨建材,91320621MA1MRHG205,0759-1234");

        var sink = await ReadAsync(bundle);

        var company = Assert.Single(sink.Nodes);
        Assert.Equal("320621", company.RegionCode);
        Assert.Equal("0759-1234", company.Extra!["legal_person_phone"]);
    }

    [Fact]
    public async Task Interval_ending_before_it_starts_is_rejected()
    {
        var bundle = Bundle("b", "cadre")
            .File("people.csv", "ref,name", "p1,王建国")
            .File("agencies.csv", "ref,name", "a1,局")
            .File("positions.csv", "person_ref,agency_ref,start_date,end_date", "p1,a1,2020-01-01,2019-01-01");

        var sink = await ReadAsync(bundle);

        Assert.Equal("end_date 2019-01-01 is before start_date 2020-01-01", Assert.Single(sink.Rejected).Reason);
    }

    [Fact]
    public async Task Decision_with_unknown_beneficiary_is_rejected_with_its_links()
    {
        var bundle = Bundle("b", "procurement")
            .File("companies.csv", "ref,name", "c1,海滨建材")
            .File(
                "decisions.csv",
                "ref,kind,decided_date,beneficiary_ref,amount,method,bidders",
                "d1,procurement_award,2024-05-20,c1,\"1,000,000\",direct,1",
                "d2,procurement_award,2024-05-21,c9,5,open,3");

        var sink = await ReadAsync(bundle);

        var decision = sink.Nodes.Single(n => n.Kind == NodeKind.Decision);
        Assert.Equal(
            ("d1", 1_000_000m, ProcurementMethod.Direct, 1),
            (decision.Ref, decision.Amount!.Value, decision.Method!.Value, decision.Bidders!.Value));
        Assert.StartsWith("unknown beneficiary_ref 'c9'", Assert.Single(sink.Rejected).Reason, StringComparison.Ordinal);
        Assert.Equal(new NodeRef(NodeKind.Decision, "d1"), Assert.Single(sink.Links).From);
    }

    private BundleBuilder Bundle(string id, string registry, string encoding = "utf-8")
    {
        var bundle = new BundleBuilder(id, registry, encoding: encoding);
        _bundles.Add(bundle);
        return bundle;
    }

    private static async Task<CollectingSink> ReadAsync(BundleBuilder bundle)
    {
        var sink = new CollectingSink();
        await new CsvBundleReader(bundle.Folder, ManifestReader.Read(bundle.Folder)).ReadAsync(sink, CancellationToken.None);
        return sink;
    }
}
