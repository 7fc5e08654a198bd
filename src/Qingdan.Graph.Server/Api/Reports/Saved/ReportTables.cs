using System.Globalization;
using System.Text.Json;

namespace Qingdan.Graph.Server.Api.Reports.Saved;

/// <summary>
/// A report's data as tables (docs/reports.md "Flattening"): each top-level field is a table; a list is one row per element,
/// a connection (<c>nodes</c>, or <c>edges</c> and their <c>node</c>) its nodes, an object or a scalar one row. Nested objects
/// become dotted columns (<c>agency.name</c>); the values a nested list holds under one path are joined with "; ". A column
/// is numeric when each of its cells is one JSON number; numbers are written in invariant culture.
/// </summary>
internal static class ReportTables
{
    public const string Separator = "; ";

    private static readonly Dictionary<string, string> Chinese = new(StringComparer.Ordinal)
    {
        ["id"] = "编号",
        ["name"] = "名称",
        ["title"] = "标题",
        ["description"] = "说明",
        ["agency"] = "机关",
        ["agencyName"] = "机关名称",
        ["kind"] = "类别",
        ["count"] = "数量",
        ["findings"] = "线索数",
        ["awarded"] = "金额合计",
        ["amount"] = "金额",
        ["sum"] = "合计",
        ["avg"] = "平均",
        ["min"] = "最小",
        ["max"] = "最大",
        ["distinct"] = "不同数",
        ["rule"] = "规则",
        ["severity"] = "严重程度",
        ["status"] = "状态",
        ["triageStatus"] = "处理状态",
        ["decidedDate"] = "决定日期",
        ["method"] = "方式",
        ["bidders"] = "投标人数",
        ["person"] = "人员",
        ["people"] = "人员",
        ["company"] = "企业",
        ["companies"] = "企业",
        ["creditCode"] = "统一社会信用代码",
        ["totalCount"] = "总数",
        ["year"] = "年份",
        ["month"] = "月份",
        ["beneficiary"] = "受益方",
        ["official"] = "公职人员",
        ["firstSeen"] = "首次发现",
        ["lastSeen"] = "最近发现",
        ["createdAt"] = "创建时间",
        ["updatedAt"] = "更新时间",
        ["decisions"] = "决定",
        ["nodes"] = "条目",
        ["key"] = "分组",
        ["value"] = "值",
        ["province"] = "省份",
        ["city"] = "城市",
        ["district"] = "区县",
        ["role"] = "角色",
        ["position"] = "职务",
    };

    /// <summary>The label of a dotted path: in Chinese when every part of it is a known field name, else the path.</summary>
    public static string Label(string path, string lang)
    {
        if (lang != "zh")
        {
            return path;
        }

        var parts = path.Split('.');
        return parts.All(Chinese.ContainsKey) ? string.Join("·", parts.Select(p => Chinese[p])) : path;
    }

    public static List<ReportTable> Flatten(string? data, string lang)
    {
        if (data is null)
        {
            return [];
        }

        using var json = JsonDocument.Parse(data);
        if (json.RootElement.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        return [.. json.RootElement.EnumerateObject().Select(field => Table(field.Name, field.Value, lang))];
    }

    private static ReportTable Table(string name, JsonElement value, string lang)
    {
        var cells = new List<Dictionary<string, List<JsonElement>>>();
        foreach (var item in Items(value))
        {
            var row = new Dictionary<string, List<JsonElement>>(StringComparer.Ordinal);
            Walk(item, string.Empty, name, row);
            cells.Add(row);
        }

        var paths = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in cells.SelectMany(r => r.Keys).Where(seen.Add))
        {
            paths.Add(path);
        }

        var columns = paths.ConvertAll(path => new ReportColumn(
            path,
            Label(path, lang),
            cells.Any(r => r.ContainsKey(path)) && cells.All(r => !r.TryGetValue(path, out var v)
                || (v.Count == 1 && v[0].ValueKind is JsonValueKind.Number or JsonValueKind.Null))));
        var rows = cells.ConvertAll(r => paths.Select(p => r.TryGetValue(p, out var v) ? Text(v) : null).ToArray());
        return new ReportTable(name, columns, rows);
    }

    private static IEnumerable<JsonElement> Items(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            return value.EnumerateArray();
        }

        if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("nodes", out var nodes) && nodes.ValueKind == JsonValueKind.Array)
        {
            return nodes.EnumerateArray();
        }

        if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("edges", out var edges) && edges.ValueKind == JsonValueKind.Array)
        {
            return edges.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("node", out var node) ? node : e);
        }

        return value.ValueKind == JsonValueKind.Null ? [] : [value];
    }

    private static void Walk(JsonElement value, string prefix, string field, Dictionary<string, List<JsonElement>> row)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    Walk(property.Value, prefix.Length == 0 ? property.Name : $"{prefix}.{property.Name}", field, row);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    Walk(item, prefix, field, row);
                }

                // An empty list still has its column.
                row.TryAdd(prefix.Length == 0 ? field : prefix, []);
                break;
            default:
                var path = prefix.Length == 0 ? field : prefix;
                if (!row.TryGetValue(path, out var values))
                {
                    row[path] = values = [];
                }

                values.Add(value);
                break;
        }
    }

    private static string? Text(List<JsonElement> values)
    {
        var texts = values.Where(v => v.ValueKind != JsonValueKind.Null).Select(v => v.ValueKind switch
        {
            JsonValueKind.String => v.GetString() ?? string.Empty,
            JsonValueKind.Number => v.TryGetInt64(out var i)
                ? i.ToString(CultureInfo.InvariantCulture)
                : v.GetDecimal().ToString(CultureInfo.InvariantCulture),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => v.GetRawText(),
        }).ToList();
        return texts.Count == 0 ? null : string.Join(Separator, texts);
    }
}
