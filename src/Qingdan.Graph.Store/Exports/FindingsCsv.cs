using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Qingdan.Graph.Store.Exports;

/// <summary>
/// Findings as CSV, from the JSON lines of <see cref="FindingsExport"/>: one row a finding, the fields an
/// analyst sorts in a spreadsheet; the evidence stays in the JSON lines.
/// </summary>
public static class FindingsCsv
{
    private static readonly string[] Header =
    [
        "id", "rule", "variants", "severity", "reasons", "change", "triage_status", "official_id", "official_name", "official_id_number",
        "company_id", "company_name", "company_credit_code", "relations", "amount", "decisions", "evidence_paths", "sweep", "first_seen", "last_seen",
    ];

    /// <summary>The header line and one line a finding, each ending in <c>\n</c>.</summary>
    public static string FromJsonLines(string jsonLines)
    {
        ArgumentNullException.ThrowIfNull(jsonLines);
        var builder = new StringBuilder(string.Join(',', Header)).Append('\n');
        foreach (var line in jsonLines.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = JsonDocument.Parse(line);
            var f = json.RootElement;
            string[] cells =
            [
                Text(f.GetProperty("id")), Text(f.GetProperty("rule")), Text(f
                    .GetProperty("variants")), Text(f.GetProperty("severity")), Text(f.GetProperty("reasons")),
                Text(f.GetProperty("change")), Text(f.GetProperty("triage_status")),
                Text(f.GetProperty("official").GetProperty("id")), Text(f.GetProperty("official")
                    .GetProperty("name")), Text(f.GetProperty("official").GetProperty("id_number")),
                Text(f.GetProperty("company").GetProperty("id")), Text(f.GetProperty("company")
                    .GetProperty("name")), Text(f.GetProperty("company").GetProperty("credit_code")),
                Text(f.GetProperty("relations")), Text(f.GetProperty("amount")),
                string.Join(';', f.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("id").GetString())),
                f.GetProperty("evidence").GetArrayLength().ToString(CultureInfo.InvariantCulture),
                Text(f.GetProperty("sweep")), Text(f.GetProperty("first_seen")), Text(f.GetProperty("last_seen")),
            ];
            builder.AppendJoin(',', cells.Select(Quote)).Append('\n');
        }

        return builder.ToString();
    }

    private static string Text(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => string.Empty,
        JsonValueKind.Array => string.Join(';', e.EnumerateArray().Select(Text)),
        JsonValueKind.String => e.GetString()!,
        _ => e.GetRawText(),
    };

    // RFC 4180; a leading =, +, - or @ is prefixed with ' so that a spreadsheet never runs it as a formula.
    private static string Quote(string cell)
    {
        if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@')
        {
            cell = "'" + cell;
        }

        return cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }
}
