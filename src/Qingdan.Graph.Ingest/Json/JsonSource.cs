using System.Globalization;
using System.Text.Json;
using Qingdan.Graph.Ingest.Bundles;

namespace Qingdan.Graph.Ingest.Json;

/// <summary>Helpers the OCDS and BODS readers share.</summary>
internal static class JsonSource
{
    /// <summary>Parses the whole file; truncated or malformed JSON throws <see cref="BundleFormatException"/> with its line.</summary>
    public static JsonDocument Parse(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = 256 });
        }
        catch (JsonException error)
        {
            throw new BundleFormatException(
                Path.GetFileName(path),
                (int)(error.LineNumber ?? 0) + 1,
                $"not valid JSON (truncated or malformed): {error.Message}");
        }
    }

    public static string? Text(this JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString() is { Length: > 0 } text ? text : null,
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    public static JsonElement? Child(this JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value)
            && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
            ? value
            : null;

    public static IEnumerable<JsonElement> Items(this JsonElement element, string property) =>
        element.Child(property) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    public static decimal? Number(this JsonElement element, string property) =>
        element.Child(property) is { ValueKind: JsonValueKind.Number } number && number.TryGetDecimal(out var value) ? value : null;

    /// <summary>The calendar day of an ISO 8601 date or date-time as published.</summary>
    public static DateOnly? Day(string? text)
    {
        if (text is null || text.Length < 10)
        {
            return null;
        }

        return DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;
    }
}
