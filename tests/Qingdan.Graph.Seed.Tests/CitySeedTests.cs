using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Store.Database;
using Qingdan.Graph.Store.Exports;
using Qingdan.Graph.Store.Findings;
using Qingdan.Graph.Store.Ingest;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Seed.Tests;

[Collection(SeedCollection.Name)]
public sealed class CitySeedTests(SeedFixture seed)
{
    [Fact]
    public void City_scale_has_about_twenty_thousand_people_and_every_registry()
    {
        Assert.InRange(seed.Summary.People, 19_000, 22_000);
        foreach (var registry in SeedFixture.Registries)
        {
            Assert.True(File.Exists(Path.Combine(seed.Folder, registry, "manifest.json")), registry);
        }

        Assert.True(File.Exists(Path.Combine(seed.Folder, "truth.jsonl")));
    }

    [Fact]
    public async Task City_seed_ingests_cleanly_and_its_sweep_finds_exactly_the_truth_per_rule()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"qingdan-seed-db-{Guid.NewGuid():N}");
        var connection = StoreConnection.Parse($"Data Source={Path.Combine(folder, "q.db")}");
        try
        {
            await StoreMigrator.MigrateAsync(connection, CancellationToken.None);
            var ingestor = new BundleIngestor(connection, TimeProvider.System);
            foreach (var bundle in seed.Bundles)
            {
                var report = await ingestor.IngestAsync(bundle, new IngestOptions(), CancellationToken.None);
                Assert.Equal(IngestStatus.Committed, report.Status);
                Assert.Empty(report.Issues);
            }

            await using var context = connection.CreateContext();
            Assert.Equal(seed.Summary.People, await context.People.CountAsync());
            Assert.Equal(seed.Summary.Companies, await context.Companies.CountAsync());
            Assert.Equal(seed.Summary.Agencies, await context.Agencies.CountAsync());
            Assert.Equal(seed.Summary.Decisions, await context.Decisions.CountAsync());
            Assert.Equal(0, await context.ResolutionCandidates.CountAsync());
            Assert.Empty(await StoreIntegrity.ProblemsAsync(context));

            // Precision and recall per rule against truth.jsonl, keyed as findings.md keys them.
            var sweep = await new SweepRunner(connection, TimeProvider.System).RunAsync(new SweepRequest(), CancellationToken.None);
            using var findings = new StringWriter();
            await FindingsExport.WriteJsonLinesAsync(connection, sweep.SweepId, findings, includeResolved: false, CancellationToken.None);
            var actual = Keys(findings.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
            var expected = Keys(File.ReadAllLines(Path.Combine(seed.Folder, "truth.jsonl")));
            foreach (var rule in new[] { "NL3", "NL4", "NL5", "NL9", "REP" })
            {
                var found = actual.Where(k => k.StartsWith(rule, StringComparison.Ordinal)).ToHashSet();
                var truth = expected.Where(k => k.StartsWith(rule, StringComparison.Ordinal)).ToHashSet();
                var right = found.Intersect(truth).Count();
                Assert.True(truth.Count > 0, $"{rule}: the truth has no finding to measure against");
                Assert.True(right == found.Count && right == truth.Count, $"{rule}: precision {right}/{found.Count}, recall " +
                    $"{right}/{truth.Count}; missed {string.Join(" ", truth.Except(found).Take(5))}; extra " +
                        $"{string.Join(" ", found.Except(truth).Take(5))}");
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Every_planted_finding_is_in_the_truth_and_no_planted_near_miss_is()
    {
        var truth = TruthKeys();
        var planted = Lines("planted.jsonl").ToList();

        Assert.NotEmpty(planted);
        foreach (var plant in planted)
        {
            var key = (plant.GetProperty("rule").GetString()!, Official(plant), Company(plant));
            var description = plant.GetProperty("description").GetString();
            if (plant.GetProperty("finding").GetBoolean())
            {
                Assert.True(truth.TryGetValue(key, out var variants), $"missing: {description}");
                Assert.Contains(plant.GetProperty("variant").GetString()!, variants);
            }
            else
            {
                Assert.False(truth.ContainsKey(key), $"near miss found: {description}");
            }
        }
    }

    [Theory]
    [InlineData("NL3", "loan")]
    [InlineData("NL3", "fee")]
    [InlineData("NL3", "asset_use")]
    [InlineData("NL4", "benefit")]
    [InlineData("NL4", "business")]
    [InlineData("NL5", "shares")]
    [InlineData("NL5", "employment")]
    [InlineData("NL9", "role")]
    [InlineData("NL9", "ownership")]
    [InlineData("NL9", "transaction")]
    [InlineData("REP", "undeclared_relative")]
    [InlineData("REP", "undeclared_interest")]
    public void Every_variant_of_every_rule_is_planted_and_true(string rule, string variant)
    {
        var planted = Lines("planted.jsonl").Where(p => p.GetProperty("finding").GetBoolean() && p.GetProperty("rule").GetString() == rule
            && p.GetProperty("variant").GetString() == variant);

        Assert.NotEmpty(planted);
        Assert.Contains(TruthKeys(), pair => pair.Key.Rule == rule && pair.Value.Contains(variant));
    }

    [Theory]
    [InlineData("shares in a listed company")]
    [InlineData("a holding that ended before the first post began")]
    [InlineData("a holding after the divorce")]
    [InlineData("a holding before the marriage")]
    [InlineData("a bank loan to the spouse is not borrowing from an enterprise")]
    [InlineData("the spouse's parent (derived) is an ordinary employee at normal pay")]
    [InlineData("an award to a company linked only to a colleague")]
    [InlineData("a company of another county is outside the official's jurisdiction")]
    [InlineData("a stake both reports declare")]
    [InlineData("a stake the reports declare as a post")]
    [InlineData("a chair the reports declare as a holding")]
    [InlineData("a stake bought the day after the last report's day")]
    [InlineData("a directorship that ended the day before the first report's day")]
    [InlineData("a stake declared in the first report and sold before the second's day")]
    [InlineData("a post taken after the first report's day, declared in the second")]
    [InlineData("the parent's undeclared stake (parents are not reported)")]
    [InlineData("the sibling's undeclared directorship")]
    [InlineData("the sibling's spouse (sibling-in-law, derived) holds an undeclared stake")]
    [InlineData("the spouse's parent (parent-in-law, derived) is an undeclared manager")]
    [InlineData("the specific related person's undeclared stake")]
    [InlineData("the former spouse's stake, the marriage over before the day")]
    [InlineData("the later spouse's post, the marriage begun after the day")]
    [InlineData("the spouse's ordinary job is no business to report")]
    [InlineData("the child's consultancy is no business to report")]
    [InlineData("a company the child holds only through a declared holding company")]
    public void Every_near_miss_of_the_rules_is_planted(string description) =>
        Assert.Contains(
            Lines("planted.jsonl"),
            p => !p.GetProperty("finding").GetBoolean() && p.GetProperty("description").GetString() == description);

    [Fact]
    public void Planted_listed_company_is_marked_listed_in_the_company_registry()
    {
        var listed = Lines("planted.jsonl").First(p => p.GetProperty("description").GetString() == "shares in a listed company");
        var code = Company(listed);

        var row = File.ReadLines(Path.Combine(seed.Folder, "company", "companies.csv"))
            .Single(l => l.Contains(code, StringComparison.Ordinal));
        Assert.Contains(",是,", row, StringComparison.Ordinal);
    }

    [Fact]
    public void Planted_bank_loan_comes_from_a_finance_section_company()
    {
        var bank = Lines("planted.jsonl").First(
            p => p.GetProperty("description").GetString()!.StartsWith("a bank loan", StringComparison.Ordinal));

        var row = File.ReadLines(Path.Combine(seed.Folder, "company", "companies.csv"))
            .Single(l => l.Contains(Company(bank), StringComparison.Ordinal));
        Assert.Contains(",J66,", row, StringComparison.Ordinal);
    }

    [Fact]
    public void Civil_registry_is_written_in_GB18030()
    {
        var bytes = File.ReadAllBytes(Path.Combine(seed.Folder, "civil", "people.csv"));
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes));
        var text = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetString(bytes);
        Assert.Contains("年", text, StringComparison.Ordinal);
        Assert.Contains("gb18030", File.ReadAllText(Path.Combine(seed.Folder, "civil", "manifest.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Company_registry_masks_identity_numbers_and_spaces_some_names()
    {
        var rows = File.ReadLines(Path.Combine(seed.Folder, "company", "people.csv")).Skip(1).Select(l => l.Split(',')).ToList();

        Assert.All(rows, r => Assert.Equal(IdentifierStatus.Masked, IdentityNumber.Parse(r[2])!.Status));
        Assert.Contains(rows, r => r[1].Contains(' ', StringComparison.Ordinal));
    }

    [Fact]
    public void Every_official_and_company_in_the_truth_has_a_valid_identifier()
    {
        foreach (var line in Lines("truth.jsonl"))
        {
            Assert.True(IdentityNumber.Parse(Official(line))!.IsValid);
            Assert.True(CreditCode.Parse(Company(line))!.IsValid);
        }
    }

    [Fact]
    public void Same_seed_writes_the_same_bundles_and_another_seed_does_not()
    {
        var again = Path.Combine(Path.GetTempPath(), $"qingdan-seed-again-{Guid.NewGuid():N}");
        var other = Path.Combine(Path.GetTempPath(), $"qingdan-seed-other-{Guid.NewGuid():N}");
        try
        {
            SeedGenerator.Generate(SeedScale.City, again, seed: 1);
            SeedGenerator.Generate(SeedScale.City, other, seed: 2);

            Assert.Equal(Hash(seed.Folder), Hash(again));
            Assert.NotEqual(Hash(seed.Folder), Hash(other));
        }
        finally
        {
            Directory.Delete(again, recursive: true);
            Directory.Delete(other, recursive: true);
        }
    }

    private static string Hash(string folder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(folder, file)));
            hash.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private Dictionary<(string Rule, string Official, string Company), HashSet<string>> TruthKeys() =>
        Lines("truth.jsonl").ToDictionary(
            l => (l.GetProperty("rule").GetString()!, Official(l), Company(l)),
            l => l.GetProperty("variants").EnumerateArray().Select(v => v.GetString()!).ToHashSet());

    private IEnumerable<JsonElement> Lines(string file) =>
        File.ReadLines(Path.Combine(seed.Folder, file)).Select(l => JsonDocument.Parse(l).RootElement);

    private static string Official(JsonElement line) => line.GetProperty("official").GetProperty("id_number").GetString()!;

    private static string Company(JsonElement line) => line.GetProperty("company").GetProperty("credit_code").GetString()!;

    /// <summary>(rule, official's identity number, company's credit code, variants) of each line.</summary>
    /// <summary>Findings keyed as findings.md keys them (rule, official, company), with their variants.</summary>
    internal static HashSet<string> Keys(IEnumerable<string> lines) => lines.Select(line =>
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var variants = root.GetProperty("variants").EnumerateArray().Select(v => v.GetString()).Order(StringComparer.Ordinal);
        return $"{root.GetProperty("rule").GetString()} {root.GetProperty("official").GetProperty("id_number").GetString()} " +
            $"{root.GetProperty("company").GetProperty("credit_code").GetString()} [{string.Join(',', variants)}]";
    }).ToHashSet();
}
