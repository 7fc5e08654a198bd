using System.Text.RegularExpressions;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Core.Rules;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Server.Tests.Timeline;

/// <summary>
/// Every vocabulary word the API can return has its Chinese and English in console/src/vocabulary.ts: the registries'
/// words (the server's enums travel as snake case) and the schema's enums that the console's generated types do not
/// cover (those it does are checked by the TypeScript build).
/// </summary>
public sealed partial class ConsoleVocabularyTests
{
    private static readonly string Source = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "console", "src", "vocabulary.ts"));

    public static TheoryData<string, string[]> Vocabularies() => new()
    {
        { "relation", [.. Wire.All<FamilyRelation>(), .. Wire.All<AssociateKind>(), "self"] },
        { "companyRole", [.. Wire.All<CompanyRole>()] },
        { "participation", [.. Wire.All<ParticipationRole>()] },
        { "transaction", [.. Wire.All<TransactionKind>()] },
        { "decisionKind", [.. DecisionKinds.InScopeOfNl9] },
        { "reason", [.. SeverityTable.Reasons.Select(r => r.Code)] },
        {
            "variant",
            [
                "loan", "fee", "asset_use", "benefit", "business", "shares", "employment", "role", "ownership", "transaction",
                "undeclared_relative", "undeclared_interest",
            ]
        },
        { "batch", SchemaEnum("IngestBatchStatus") },
        { "mode", SchemaEnum("IngestMode") },
        { "sweep", SchemaEnum("SweepStatus") },
        { "trigger", SchemaEnum("SweepTrigger") },
    };

    [Theory]
    [MemberData(nameof(Vocabularies))]
    public void Every_word_has_its_chinese_and_english(string table, string[] words)
    {
        var block = Regex.Match(Source, $@"const {table}: Words<[^>]*>+ = \{{(?<body>.*?)\n?\}};", RegexOptions.Singleline);
        Assert.True(block.Success, $"no table {table} in console/src/vocabulary.ts");
        var keys = Entry().Matches(block.Groups["body"].Value).Select(m => m.Groups["key"].Value).ToHashSet();

        var missing = words.Where(w => !keys.Contains(w)).ToArray();
        Assert.True(missing.Length == 0, $"console/src/vocabulary.ts {table} lacks {string.Join(", ", missing)}");
    }

    private static string[] SchemaEnum(string name)
    {
        var schema = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "schema", "qingdan.graphql"));
        var body = Regex.Match(schema, $@"enum {name} \{{(?<body>[^}}]*)\}}").Groups["body"].Value;
        return [.. Regex.Matches(body, @"^\s+([A-Z_]+)\s*$", RegexOptions.Multiline).Select(m => m.Groups[1].Value.ToLowerInvariant())];
    }

    [GeneratedRegex(@"(?<key>[a-z_]+): \['")]
    private static partial Regex Entry();
}
