using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Qingdan.Graph.Seed.Export;

/// <summary>
/// Rewrites the seed's registry bundles as agencies deliver them — workbooks with title rows and Chinese
/// headers, GB18030 CSV exports naming the company on every row, a transaction report with a 借/贷 flag,
/// dates as date cells or <c>1968.03.15</c>, <c>1968年3月15日</c>, <c>19680315</c>, shares as <c>35%</c>,
/// amounts in 万元, words in Chinese, roles listed in one cell — each with a mapping (mapping.md) that
/// makes the same records again under the same refs. Ingesting the delivered files through their
/// mappings gives the graph the bundles give (provenance aside): the seed's check that the mapping path
/// loses nothing, on a whole city (docs/seed.md "Delivered files").
/// </summary>
public static partial class DeliveredExporter
{
    private static readonly Encoding Utf8 = new UTF8Encoding(false);
    private static readonly Encoding Utf8Bom = new UTF8Encoding(true);
    private static readonly Encoding Gb18030;

    static DeliveredExporter()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Gb18030 = Encoding.GetEncoding("GB18030");
    }

    /// <summary>Writes <paramref name="output"/>/REGISTRY/ with the delivered files and REGISTRY.yaml, for each bundle folder under
    /// <paramref name="bundles"/>.</summary>
    public static IReadOnlyList<string> Write(string bundles, string output)
    {
        var mappings = new List<string>();
        foreach (var folder in Directory.EnumerateDirectories(bundles).Order(StringComparer.Ordinal))
        {
            var manifestPath = Path.Combine(folder, "manifest.json");
            if (!File.Exists(manifestPath))
            {
                continue;
            }

            using var manifest = JsonDocument.Parse(File.ReadAllText(manifestPath));
            var registry = manifest.RootElement.GetProperty("registry").GetString()!;
            var encoding = manifest.RootElement.TryGetProperty("encoding", out var e) && e.GetString() == "gb18030" ? Gb18030 : Utf8;
            var bundle = new Bundle(folder, encoding, registry, Path.GetFileName(folder),
                manifest.RootElement.GetProperty("source").GetString() ?? registry,
                manifest.RootElement.GetProperty("as_of").GetString()!,
                manifest.RootElement.TryGetProperty("mode", out var mode) ? mode.GetString()! : "delta");
            var target = Directory.CreateDirectory(Path.Combine(output, registry)).FullName;
            var yaml = registry switch
            {
                "cadre" => Cadre(bundle, target),
                "civil" => Civil(bundle, target),
                "company" => Company(bundle, target),
                "procurement" => Procurement(bundle, target),
                "licensing" => Licensing(bundle, target),
                "finance" => Finance(bundle, target),
                _ => null,
            };
            if (yaml is not null)
            {
                var path = Path.Combine(target, $"{registry}.yaml");
                File.WriteAllText(path, bundle.Head() + yaml, Utf8);
                mappings.Add(path);
            }
        }

        return mappings;
    }

    private sealed record Bundle(string Folder, Encoding Encoding, string Registry, string Id, string Source, string AsOf, string Mode)
    {
        public List<Dictionary<string, string>> Rows(string file) => BundleCsv.Read(Folder, file, Encoding);

        public string Head() => $"""
            # {Source}: the seed's {Registry} registry as the agency delivers it (qingdan seed --delivered).
            registry: {Registry}
            source: "{Source}"
            as_of: {AsOf}
            mode: {Mode}
            id: {Id}
            tables:

            """;
    }

    // --- values as delivered files write them ---------------------------------------------------------

    private static readonly Dictionary<string, string> Relations = new(StringComparer.Ordinal)
    {
        ["spouse"] = "配偶",
        ["child"] = "子女",
        ["child_spouse"] = "儿媳",
        ["parent"] = "父母",
        ["sibling"] = "兄弟姐妹",
        ["parent_in_law"] = "岳父",
        ["sibling_in_law"] = "姐夫",
        ["grandchild"] = "孙子",
        ["grandparent"] = "祖父",
        ["other_relative"] = "其他亲属",
    };

    private static readonly Dictionary<string, string> AssociateKinds = new(StringComparer.Ordinal)
    {
        ["specific_related"] = "特定关系人",
        ["business_partner"] = "合伙人",
        ["friend"] = "朋友",
        ["other"] = "其他",
    };

    private static readonly Dictionary<string, string> Roles = new(StringComparer.Ordinal)
    {
        ["legal_representative"] = "法定代表人",
        ["chair"] = "董事长",
        ["director"] = "董事",
        ["supervisor"] = "监事",
        ["general_manager"] = "总经理",
        ["senior_manager"] = "副总经理",
        ["employee"] = "员工",
        ["consultant"] = "顾问",
    };

    private static readonly Dictionary<string, string> TransactionKinds = new(StringComparer.Ordinal)
    {
        ["loan"] = "借款",
        ["fundraising"] = "集资",
        ["consulting_fee"] = "咨询费",
        ["intermediary_fee"] = "中介费",
        ["gift"] = "礼金",
        ["asset_use"] = "借用",
        ["payment"] = "转账",
        ["contract"] = "合同",
    };

    private static readonly Dictionary<string, string> DecisionKinds = new(StringComparer.Ordinal)
    {
        ["procurement_award"] = "政府采购",
        ["bidding_award"] = "工程招标",
        ["license"] = "行政许可",
        ["license_review"] = "许可年审",
        ["project_approval"] = "项目审批",
        ["land_transfer"] = "土地出让",
        ["subsidy"] = "财政补贴",
        ["tax"] = "税费减免",
        ["credit"] = "信贷",
        ["market_access"] = "市场准入",
        ["investment_deal"] = "招商引资",
        ["market_supervision"] = "市场监管",
        ["resource_development"] = "资源开发",
    };

    private static readonly Dictionary<string, string> Methods = new(StringComparer.Ordinal)
    {
        ["open"] = "公开招标",
        ["selective"] = "邀请招标",
        ["limited"] = "竞争性谈判",
        ["direct"] = "单一来源",
    };

    private static readonly Dictionary<string, string> ParticipationRoles = new(StringComparer.Ordinal)
    {
        ["approver"] = "审批人",
        ["signer"] = "签发人",
        ["evaluator"] = "评审专家",
        ["handler"] = "经办人",
    };

    private static string Word(Dictionary<string, string> words, string value) => words.TryGetValue(value, out var word) ? word : value;

    private static string Gender(string value) => value switch { "M" => "男", "F" => "女", _ => value };

    private static string Yes(string value) => value switch { "true" or "1" => "是", "false" or "0" => "否", _ => value };

    private static DateOnly? Day(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>A bundle date in another written form; a date the bundle does not give stays empty.</summary>
    private static string Date(string value, string format)
        => Day(value) is { } day ? day.ToString(format, CultureInfo.InvariantCulture) : value;

    private static object DateCell(string value, int style = 1) => Day(value) is { } day ? new XlsxFile.DateCell(day, style) : value;

    private static string List(string value, Dictionary<string, string>? words = null) =>
        string.Join('、', value.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(v => words is null ? v : Word(words, v)));

    private static string Percent(string share) => share.Length == 0 ? share : share.TrimEnd('%') + "%";

    private static object TenThousands(string amount) =>
        decimal.TryParse(amount, NumberStyles.Number, CultureInfo.InvariantCulture, out var yuan) ? yuan / 10_000m : amount;

    private static string Grouped(string amount) =>
        decimal.TryParse(amount, NumberStyles.Number, CultureInfo.InvariantCulture, out var yuan)
            ? yuan.ToString("#,##0.##", CultureInfo.InvariantCulture)
            : amount;

    private static Dictionary<string, Dictionary<string, string>> ByRef(List<Dictionary<string, string>> rows)
        => rows.ToDictionary(r => r["ref"], StringComparer.Ordinal);

    private static string Get(Dictionary<string, string> row, string column)
        => row.TryGetValue(column, out var value) ? value : string.Empty;

    private static void Csv(string folder, string file, Encoding encoding, IEnumerable<string[]> rows, string? footer = null)
    {
        using var writer = new StreamWriter(Path.Combine(folder, file), false, encoding, 1 << 16) { NewLine = "\r\n" };
        foreach (var row in rows)
        {
            writer.WriteLine(string.Join(',', row.Select(Quote)));
        }

        if (footer is not null)
        {
            writer.WriteLine(footer);
        }

        static string Quote(string value)
            => value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
