using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Qingdan.Graph.Server.Api.Ingest;

/// <summary>One upload: the files an administrator sent, kept in a folder of their own.</summary>
public sealed record Upload(string Id, string Folder, IReadOnlyList<UploadedFile> Files);

/// <summary>A file of an upload.</summary>
public sealed record UploadedFile(string Name, long Bytes);

/// <summary>An example mapping shipped with the server (examples/mappings): its name, what it shows, its files.</summary>
public sealed record MappingExample(string Name, string Description, string Mapping, IReadOnlyList<string> Files);

/// <summary>
/// The uploads of the ingest page, and the example mappings: where each is kept, and which mapping and
/// which delivered files an ingest or a check of (upload, example) reads.
/// </summary>
public sealed class Uploads(IOptions<UploadOptions> options, TimeProvider time)
{
    private static readonly string[] MappingExtensions = [".yaml", ".yml"];

    public string Root => options.Value.UploadFolder ?? Path.Combine(Path.GetTempPath(), "qingdan-uploads");

    /// <summary>Keeps the files of one upload (names only, no folders) and forgets uploads older than <see
    /// cref="UploadOptions.KeepFor"/>.</summary>
    public async Task<Upload> SaveAsync(IReadOnlyList<(string Name, Stream Content)> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        Forget();
        var id = "u_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var folder = Directory.CreateDirectory(Path.Combine(Root, id)).FullName;
        var saved = new List<UploadedFile>();
        foreach (var (name, content) in files)
        {
            var safe = SafeName(name);
            var path = Path.Combine(folder, safe);
            await using (var target = File.Create(path))
            {
                await content.CopyToAsync(target, cancellationToken);
            }

            saved.Add(new UploadedFile(safe, new FileInfo(path).Length));
        }

        return new Upload(id, folder, saved);
    }

    public Upload? Find(string id)
    {
        if (!id.StartsWith("u_", StringComparison.Ordinal) || id.Length != 18 || !id[2..].All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        var folder = Path.Combine(Root, id);
        return Directory.Exists(folder)
            ? new Upload(id, folder, Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal)
                .Select(f => new UploadedFile(Path.GetFileName(f), new FileInfo(f).Length))
                .ToList())
            : null;
    }

    public IReadOnlyList<MappingExample> Examples()
    {
        if (ExamplesFolder() is not { } folder)
        {
            return [];
        }

        return Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal)
            .Select(
                d => (Folder: d, Mapping: Directory.EnumerateFiles(d).FirstOrDefault(f => MappingExtensions.Contains(Path.GetExtension(f)))))
            .Where(e => e.Mapping is not null)
            .Select(e => new MappingExample(
                Path.GetFileName(e.Folder),
                Describe(e.Mapping!),
                e.Mapping!,
                Directory.EnumerateFiles(e.Folder).Where(f => f != e.Mapping).Select(Path.GetFileName).Order(StringComparer.Ordinal)
                    .ToList()!))
            .ToList();
    }

    /// <summary>
    /// The mapping and the delivered files of a check or an ingest: an upload's own mapping with its other
    /// files; an example's mapping with its sample files; or an example's mapping with an upload's files.
    /// </summary>
    public (string Mapping, IReadOnlyList<string>? Files) Resolve(string? uploadId, string? exampleName)
    {
        Upload? upload = null;
        if (uploadId is not null && (upload = Find(uploadId)) is null)
        {
            throw new ArgumentException($"there is no upload '{uploadId}' (uploads are kept " +
                $"{options.Value.KeepFor.TotalHours.ToString("0", CultureInfo.InvariantCulture)} hours)");
        }

        MappingExample? example = null;
        if (exampleName is not null && (example = Examples().FirstOrDefault(e => e.Name == exampleName)) is null)
        {
            throw new ArgumentException(
                $"there is no example '{exampleName}' (the examples are {string.Join(", ", Examples().Select(e => e.Name))})");
        }

        if (upload is null)
        {
            return example is null ? throw new ArgumentException("give an upload, an example, or both") : (example.Mapping, null);
        }

        var mappings = upload.Files.Where(f => MappingExtensions.Contains(Path.GetExtension(f.Name).ToLowerInvariant())).ToList();
        var data = upload.Files.Where(f => !mappings.Contains(f)).Select(f => Path.Combine(upload.Folder, f.Name)).ToList();
        if (example is not null)
        {
            return (example.Mapping, data);
        }

        return mappings.Count == 1
            ? (Path.Combine(upload.Folder, mappings[0].Name), data)
            : throw new ArgumentException(mappings.Count == 0
                ? "the upload holds no mapping (.yaml): upload one with the files, or pick an example"
                : $"the upload holds {mappings.Count} mappings ({string.Join(", ", mappings.Select(m => m.Name))}): upload one at a time");
    }

    private string? ExamplesFolder()
    {
        foreach (var candidate in new[] {
            options.Value.ExamplesFolder,
            Path.Combine(AppContext.BaseDirectory, "examples", "mappings"),
            Path.Combine(Directory.GetCurrentDirectory(), "examples", "mappings") })
        {
            if (candidate is not null && Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    // The comment lines heading the mapping: the examples describe themselves there, in Chinese and in English.
    private static string Describe(string mapping)
    {
        var comments = File.ReadLines(mapping).TakeWhile(l => l.StartsWith('#')).Select(l => l.TrimStart('#', ' ')).ToList();
        return string.Join(" ", comments);
    }

    private static string SafeName(string name)
    {
        var safe = Path.GetFileName(name.Replace('\\', '/'));
        if (safe.Length == 0 || safe is "." or ".." || safe.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || safe.Any(char.IsControl)
            || safe.Length > 255)
        {
            throw new ArgumentException(
                $"'{string.Concat(name.Take(100).Select(ch => char.IsControl(ch) ? '?' : ch))}' is not a file name (no folders, no control " +
                "characters, at most 255 characters)");
        }

        return safe;
    }

    private void Forget()
    {
        if (!Directory.Exists(Root))
        {
            return;
        }

        var cutoff = time.GetUtcNow().UtcDateTime - options.Value.KeepFor;
        foreach (var folder in Directory.EnumerateDirectories(Root, "u_*"))
        {
            if (Directory.GetLastWriteTimeUtc(folder) < cutoff)
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (IOException)
                {
                    // In use by a running ingest: the next upload tries again.
                }
            }
        }
    }
}
