using System.Security.Cryptography;
using System.Text.Json;
using Qingdan.Graph.Ingest.Bods;
using Qingdan.Graph.Ingest.Bundles;
using Qingdan.Graph.Ingest.Mappings;
using Qingdan.Graph.Ingest.Ocds;
using Qingdan.Graph.Ingest.Statements;

namespace Qingdan.Graph.Ingest.Sources;

/// <summary>
/// One thing <c>qingdan ingest</c> was given: a bundle folder, an OCDS package, a BODS file, or delivered
/// files with their mapping. Which one it is, is decided here (<see cref="Open"/>), with the reading: the
/// store takes a source and never looks at a file.
/// </summary>
internal sealed class IngestSource
{
    private readonly string _path;
    private readonly MappingFile? _mapping;
    private readonly IReadOnlyList<string>? _files;

    private IngestSource(
        string path,
        SourceFormat kind,
        Manifest manifest,
        MappingFile? mapping = null,
        IReadOnlyList<string>? files = null)
    {
        _path = path;
        Format = kind;
        Manifest = manifest;
        _mapping = mapping;
        _files = files;
    }

    public Manifest Manifest { get; }

    /// <summary>What the source was recognised as.</summary>
    public SourceFormat Format { get; }

    /// <summary>Recognises the source: a folder is a bundle, a JSON object with releases or records an OCDS package, a JSON array a BODS
    /// statement array; throws <see cref="BundleFormatException"/> when it is none of the three.</summary>
    public static IngestSource Open(string path)
    {
        if (Directory.Exists(path))
        {
            return new IngestSource(path, SourceFormat.Bundle, ManifestReader.Read(path));
        }

        if (!File.Exists(path))
        {
            throw new BundleFormatException(path, 0, "no such file or folder");
        }

        var kind = Sniff(path);
        var name = Path.GetFileNameWithoutExtension(path);
        var prefix = kind == SourceFormat.Ocds ? "ocds" : "bods";
        return new IngestSource(
            path,
            kind,
            new Manifest { Registry = $"{prefix}:{name}", Id = Path.GetFileName(path), Source = prefix.ToUpperInvariant() });
    }

    /// <summary>
    /// Delivered files read through a mapping (mapping.md); <paramref name="files"/> null reads the files
    /// the mapping's globs find. Throws <see cref="MappingException"/> for a mapping that cannot be used.
    /// </summary>
    public static IngestSource OpenMapping(string mappingPath, IReadOnlyList<string>? files)
    {
        var mapping = MappingFileReader.Read(mappingPath);
        return new IngestSource(mappingPath, SourceFormat.Mapping, mapping.Manifest, mapping, files);
    }

    /// <summary>
    /// One read of every file the source is read from, for two things known before reading it:
    /// <list type="bullet">
    /// <item>its SHA-256 (with the manifest), which makes a second ingest of the same content a no-op;</item>
    /// <item>about how many link rows it will give, which decides whether the ingest is a large load
    /// (docs/ingest.md "Large loads"): a bundle's link-file lines after their headers (a quoted field
    /// that spans lines counts twice); for OCDS and BODS one per kilobyte of JSON (a release or a
    /// statement is rarely smaller and gives a few links at most).</item>
    /// </list>
    /// </summary>
    public (string ContentHash, long ExpectedLinkRows) Survey()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        if (Format == SourceFormat.Mapping)
        {
            return SurveyMapping();
        }

        IEnumerable<string> files = Format == SourceFormat.Bundle
            ? Directory.EnumerateFiles(_path).Where(
                f => f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || Path.GetFileName(f) == ManifestReader.FileName).Order(StringComparer.Ordinal)
            : [_path];
        var buffer = new byte[1 << 16];
        var linkRows = 0L;
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var isLinkFile = Format == SourceFormat.Bundle && CsvBundleReader.LinkFileNames.Contains(name);
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(name + "\0"));
            using var stream = File.OpenRead(file);
            var lines = 0L;
            var last = (byte)'\n';
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                if (isLinkFile)
                {
                    lines += buffer.AsSpan(0, read).Count((byte)'\n');
                    last = buffer[read - 1];
                }
            }

            // The header is not a row; a last line without its newline is.
            linkRows += isLinkFile ? Math.Max(0, lines - 1 + (last == (byte)'\n' ? 0 : 1)) : 0;
        }

        return (Convert.ToHexStringLower(hash.GetHashAndReset()), Format == SourceFormat.Bundle
            ? linkRows
            : new FileInfo(_path).Length / 1024);
    }

    public Task ReadAsync(IStatementSink sink, Action<string, long>? progress, CancellationToken cancellationToken) => Format switch
    {
        SourceFormat.Bundle => new CsvBundleReader(_path, Manifest).ReadAsync(sink, cancellationToken),
        SourceFormat.Ocds => new OcdsReader(_path, Manifest.Id).ReadAsync(sink, cancellationToken),
        SourceFormat.Mapping => new MappedBundleReader(_mapping!, _files, progress).ReadAsync(sink, cancellationToken),
        _ => new BodsReader(_path, Manifest.Id).ReadAsync(sink, cancellationToken),
    };

    /// <summary>
    /// A mapped source's hash covers the mapping and every delivered file it reads (name and bytes); its
    /// link rows are estimated from the tables that make links: a CSV file's lines, a workbook's size
    /// (about 100 bytes a row, compressed) — times the links each row makes.
    /// </summary>
    private (string ContentHash, long ExpectedLinkRows) SurveyMapping()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(File.ReadAllBytes(_path));
        var reader = new MappedBundleReader(_mapping!, _files);
        var linkRows = 0L;
        var buffer = new byte[1 << 16];
        foreach (var (table, path) in reader.Files().OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Table))
        {
            var links = _mapping!.LinkRecordsPerRow(table);
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{table}\0{Path.GetFileName(path)}\0"));
            using var stream = File.OpenRead(path);
            var lines = 0L;
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                lines += links > 0 ? buffer.AsSpan(0, read).Count((byte)'\n') : 0;
            }

            var workbook = path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
                || path.EndsWith(".xlsm", StringComparison.OrdinalIgnoreCase);
            linkRows += links * (workbook ? stream.Length / 100 : lines);
        }

        return (Convert.ToHexStringLower(hash.GetHashAndReset()), linkRows);
    }

    private static SourceFormat Sniff(string path)
    {
        var file = Path.GetFileName(path);
        try
        {
            using var stream = File.OpenRead(path);
            var buffer = new byte[Math.Min(stream.Length, 1 << 20)];
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            var reader = new Utf8JsonReader(buffer.AsSpan(0, read), isFinalBlock: read == stream.Length, state: default);
            if (!reader.Read())
            {
                throw new BundleFormatException(file, 1, "file is empty: expected an OCDS package or a BODS statement array");
            }

            if (reader.TokenType == JsonTokenType.StartArray)
            {
                return SourceFormat.Bods;
            }

            if (reader.TokenType == JsonTokenType.StartObject)
            {
                while (reader.Read() && reader.CurrentDepth >= 1)
                {
                    if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName
                        && (reader.ValueTextEquals("releases") || reader.ValueTextEquals("records")))
                    {
                        return SourceFormat.Ocds;
                    }

                    if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        reader.Skip();
                    }
                }
            }
        }
        catch (JsonException error)
        {
            throw new BundleFormatException(file, (int)(error.LineNumber ?? 0) + 1, $"not valid JSON: {error.Message}");
        }

        throw new BundleFormatException(
            file,
            1,
            "not a registry bundle folder, an OCDS release or record package, or a BODS statement array");
    }
}
