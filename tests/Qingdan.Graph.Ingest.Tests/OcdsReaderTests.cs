using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Ingest.Bundles;
using Qingdan.Graph.Ingest.Ocds;
using Qingdan.Graph.Ingest.Statements;

namespace Qingdan.Graph.Ingest.Tests;

/// <summary>Real published OCDS (DNCP Paraguay, Mexico's federal publication; from ocdskit's fixtures, BSD-3-Clause,
/// Data/ocds/LICENSE).</summary>
public sealed class OcdsReaderTests
{
    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "Data", "ocds");

    [Fact]
    public async Task Paraguayan_release_package_gives_one_award_with_its_buyer_supplier_and_amount()
    {
        var sink = await ReadAsync("release-package_1.1-1.json");

        Assert.Empty(sink.Issues);
        var decision = Assert.Single(sink.Nodes, n => n.Kind == NodeKind.Decision);
        Assert.Equal("ocds-03ad3f-193399/193399-adquisicion-scanner", decision.Ref);
        Assert.Equal(DecisionKinds.ProcurementAward, decision.DecisionKind);
        Assert.Equal("Adquisición de Scanner", decision.Name);
        Assert.Equal((135_630_400m, "PYG"), (decision.Amount!.Value, decision.Currency));
        Assert.Equal(new DateOnly(2010, 4, 23), decision.DecidedDate);
        Assert.Null(decision.Method);
        var buyer = Assert.Single(sink.Nodes, n => n.Kind == NodeKind.Agency);
        Assert.Equal("Dirección Nacional de Contrataciones Públicas (DNCP)", buyer.Name);
        var supplier = Assert.Single(sink.Nodes, n => n.Kind == NodeKind.Company);
        Assert.Equal("MASTER SOFT SRL", supplier.Name);
        Assert.Null(supplier.Identifier);
        Assert.Equal("80007525-0", supplier.Extra!["identifier_id"]);
        Assert.Equal(new NodeRef(NodeKind.Agency, buyer.Ref), sink.Links.Single(l => l.Kind == LinkKind.Issued).From);
        Assert.Equal(new NodeRef(NodeKind.Company, supplier.Ref), sink.Links.Single(l => l.Kind == LinkKind.Beneficiary).To);
        Assert.Equal("release-package_1.1-1.json#/releases/0/awards/0", decision.Source.File);
    }

    [Fact]
    public async Task Mexican_record_package_reads_the_compiled_releases_with_direct_method_and_contract_dates()
    {
        var sink = await ReadAsync("record-package-1-2.json");

        Assert.Empty(sink.Issues);
        var decisions = sink.Nodes.Where(n => n.Kind == NodeKind.Decision).OrderBy(n => n.Ref, StringComparer.Ordinal).ToList();
        Assert.Equal(
            ["ocds-07smqs-1542970/1632718", "ocds-07smqs-993235/1322806", "ocds-07smqs-993235/991324"],
            decisions.Select(d => d.Ref));
        Assert.All(decisions, d => Assert.Equal(ProcurementMethod.Direct, d.Method));
        Assert.All(decisions, d => Assert.Equal("MXN", d.Currency));
        Assert.Equal([186_200.74m, 37_930.71m, 189_654m], decisions.Select(d => d.Amount!.Value));
        Assert.Equal(new DateOnly(2016, 1, 29), decisions[2].DecidedDate);
        Assert.Equal(
            ["Instituto Nacional de Antropología e Historia", "Secretaría de Marina"],
            sink.Nodes.Where(n => n.Kind == NodeKind.Agency).Select(n => n.Name).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["AIM170215T50", "GAB0709244G5"],
            sink.Nodes.Where(n => n.Kind == NodeKind.Company).Select(n => n.Ref).Order(StringComparer.Ordinal));
        Assert.Equal(3, sink.Links.Count(l => l.Kind == LinkKind.Beneficiary));
        Assert.Equal(3, sink.Links.Count(l => l.Kind == LinkKind.Issued));
    }

    [Fact]
    public async Task Truncated_package_fails_with_file_and_line_before_anything_is_read()
    {
        var pretty = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Data, "record-package-1-2.json")))!;
        var text = pretty.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        var path = Path.Combine(Path.GetTempPath(), $"truncated-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, text[..(text.Length / 2)]);
        try
        {
            var sink = new CollectingSink();
            var error = await Assert.ThrowsAsync<BundleFormatException>(
                () => new OcdsReader(path, "t").ReadAsync(sink, CancellationToken.None));

            Assert.Contains("not valid JSON (truncated or malformed)", error.Message, StringComparison.Ordinal);
            Assert.Equal(Path.GetFileName(path), error.File);
            Assert.True(error.Line > 100, $"line {error.Line}");
            Assert.Empty(sink.Nodes);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Award_naming_a_party_missing_from_parties_is_rejected()
    {
        const string package = """
            {"releases":[{"ocid":"ocds-x-1","id":"1","date":"2024-03-01T00:00:00Z","buyer":{"id":"B"},
              "parties":[{"id":"B","name":"湛江市财政局","roles":["buyer"]},{"id":"S1","name":"海滨建材","roles":["supplier"]}],
              "awards":[{"id":"A1","suppliers":[{"id":"S1"}],"value":{"amount":10,"currency":"CNY"}},
                        {"id":"A2","suppliers":[{"id":"S9","name":"幽灵公司"}]}]}]}
            """;
        var path = Path.Combine(Path.GetTempPath(), $"ocds-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, package);
        try
        {
            var sink = new CollectingSink();
            await new OcdsReader(path, "t").ReadAsync(sink, CancellationToken.None);

            var rejected = Assert.Single(sink.Rejected);
            Assert.Equal("award 'A2' names party 'S9' that is not in the release's parties", rejected.Reason);
            Assert.Equal("ocds-x-1/A1", Assert.Single(sink.Nodes, n => n.Kind == NodeKind.Decision).Ref);
            Assert.Equal(new DateOnly(2024, 3, 1), sink.Nodes.Single(n => n.Kind == NodeKind.Decision).DecidedDate);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Chinese_credit_code_in_a_party_identifier_is_kept_for_matching()
    {
        const string package = """
            {"releases":[{"ocid":"ocds-x-2","id":"1","date":"2024-03-01T00:00:00Z","buyer":{"id":"B"},
              "parties":[{"id":"B","name":"湛江市财政局","roles":["buyer"]},
                         {"id":"S1","name":"海滨建材","roles":["supplier"],"identifier":{"scheme":"CN-USCC","id":"91320621MA1MRHG205"}}],
              "tender":{"procurementMethod":"limited","numberOfTenderers":1,"tenderers":[{"id":"S1"}]},
              "awards":[{"id":"A1","date":"2024-02-01","suppliers":[{"id":"S1"}]}]}]}
            """;
        var path = Path.Combine(Path.GetTempPath(), $"ocds-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, package);
        try
        {
            var sink = new CollectingSink();
            await new OcdsReader(path, "t").ReadAsync(sink, CancellationToken.None);

            var company = Assert.Single(sink.Nodes, n => n.Kind == NodeKind.Company);
            Assert.Equal(("91320621MA1MRHG205", "320621"), (company.Identifier, company.RegionCode));
            var decision = Assert.Single(sink.Nodes, n => n.Kind == NodeKind.Decision);
            Assert.Equal(
                (ProcurementMethod.Limited, 1, new DateOnly(2024, 2, 1)),
                (decision.Method!.Value, decision.Bidders!.Value, decision.DecidedDate!.Value));
            Assert.Single(sink.Links, l => l.Kind == LinkKind.Bid);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<CollectingSink> ReadAsync(string file)
    {
        var sink = new CollectingSink();
        await new OcdsReader(Path.Combine(Data, file), file).ReadAsync(sink, CancellationToken.None);
        return sink;
    }
}
