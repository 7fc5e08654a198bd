namespace Qingdan.Graph.Store.Exports;

/// <summary>RFC 4180 lines: a field is quoted when it holds the delimiter, a quote or a line break.</summary>
internal static class CsvLine
{
    public static string Of(IEnumerable<string?> fields) => string.Join(',', fields.Select(Quote));

    private static string Quote(string? field)
    {
        var text = field ?? string.Empty;
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
