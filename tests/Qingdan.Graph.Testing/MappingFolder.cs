using System.Text;

namespace Qingdan.Graph.Testing;

/// <summary>A temporary folder holding a mapping file and the delivered files it reads, removed on dispose.</summary>
public sealed class MappingFolder : IDisposable
{
    public MappingFolder() => Folder = Directory.CreateTempSubdirectory("qingdan-mapping-").FullName;

    public string Folder { get; }

    /// <summary>Writes the mapping (YAML) and returns its path.</summary>
    public string Mapping(string yaml, string name = "mapping.yaml")
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, yaml.ReplaceLineEndings("\n"), new UTF8Encoding(false));
        return path;
    }

    /// <summary>Writes a CSV file, lines joined with CRLF as exports write them, in UTF-8 (with a BOM when asked) or GB18030.</summary>
    public string Csv(string name, string encoding, params string[] lines)
    {
        var text = string.Join("\r\n", lines) + "\r\n";
        var bytes = encoding switch
        {
            "gb18030" => BundleBuilder.Gb18030Bytes(text),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. new UTF8Encoding(false).GetBytes(text)],
            _ => new UTF8Encoding(false).GetBytes(text),
        };
        return Bytes(name, bytes);
    }

    public string Xlsx(string name, XlsxBuilder book)
    {
        var path = Path.Combine(Folder, name);
        book.Save(path);
        return path;
    }

    public string Bytes(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
