using System.Text.Json;
using Qingdan.Graph.Ingest.Csv;

namespace Qingdan.Graph.Ingest.Bundles;

/// <summary>Reads and checks a bundle folder's <c>manifest.json</c>.</summary>
public static class ManifestReader
{
    public const string FileName = "manifest.json";

    /// <summary>Reads the manifest; throws <see cref="BundleFormatException"/> naming what is wrong.</summary>
    public static Manifest Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            throw new BundleFormatException(
                path,
                0,
                $"bundle has no {FileName}: a bundle folder needs one (registry, source, as_of, encoding)");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(
                File.ReadAllBytes(path),
                new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException error)
        {
            throw new BundleFormatException(path, (int)(error.LineNumber ?? 0) + 1, $"not valid JSON: {error.Message}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new BundleFormatException(path, 1, "the manifest must be a JSON object");
            }

            var root = document.RootElement;
            var registry = Text(root, "registry");
            if (string.IsNullOrWhiteSpace(registry))
            {
                throw new BundleFormatException(path, 1, "'registry' is required: the name of the source (cadre, company, procurement, …)");
            }

            DateOnly? asOf = null;
            if (Text(root, "as_of") is { Length: > 0 } asOfText)
            {
                asOf = FieldParsers.TryParseDate(asOfText, out var date)
                    ? date
                    : throw new BundleFormatException(path, 1, $"'as_of' '{asOfText}' is not a date (YYYY-MM-DD)");
            }

            var encoding = (Text(root, "encoding") ?? "utf-8").Trim().ToLowerInvariant();
            encoding = encoding switch
            {
                "utf-8" or "utf8" or "utf-8-sig" => "utf-8",
                "gb18030" or "gbk" or "gb2312" => "gb18030",
                _ => throw new BundleFormatException(path, 1, $"'encoding' '{encoding}' is not supported: use utf-8 or gb18030"),
            };

            var mode = (Text(root, "mode") ?? "delta").Trim().ToLowerInvariant();
            if (mode is not ("delta" or "snapshot"))
            {
                throw new BundleFormatException(path, 1, $"'mode' '{mode}' is not delta or snapshot");
            }

            if (mode == "snapshot" && asOf is null)
            {
                throw new BundleFormatException(
                    path,
                    1,
                    "a snapshot bundle needs 'as_of': facts it no longer states are closed on that day");
            }

            var id = Text(root, "id");
            return new Manifest
            {
                Registry = registry.Trim(),
                Source = Text(root, "source"),
                AsOf = asOf,
                Encoding = encoding,
                Id = string.IsNullOrWhiteSpace(id) ? new DirectoryInfo(Path.GetFullPath(folder)).Name : id.Trim(),
                IsSnapshot = mode == "snapshot",
            };
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
