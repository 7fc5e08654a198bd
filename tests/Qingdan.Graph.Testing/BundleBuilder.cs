using System.Text;

namespace Qingdan.Graph.Testing;

/// <summary>Writes a registry bundle folder for a test: a manifest and CSV files, in a temporary folder removed on dispose.</summary>
public sealed class BundleBuilder : IDisposable
{

    static BundleBuilder()
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Gb18030Encoding = System.Text.Encoding.GetEncoding("GB18030");
    }

    public BundleBuilder(
        string id,
        string registry,
        string? asOf = "2026-06-30",
        string encoding = "utf-8",
        string mode = "delta",
        string? root = null)
    {
        Root = root ?? Path.Combine(Path.GetTempPath(), $"qingdan-bundle-{Guid.NewGuid():N}");
        Folder = Path.Combine(Root, id);
        Directory.CreateDirectory(Folder);
        EncodingName = encoding;
        var asOfJson = asOf is null ? string.Empty : $", \"as_of\": \"{asOf}\"";
        System.IO.File.WriteAllText(
            Path.Combine(Folder, "manifest.json"),
            $"{{ \"registry\": \"{registry}\", \"source\": \"test\"{asOfJson}, \"encoding\": \"{encoding}\", \"mode\": \"{mode}\" }}");
    }

    public string Root { get; }

    /// <summary>The bundle folder (its name is the bundle id).</summary>
    public string Folder { get; }

    public string EncodingName { get; }

    /// <summary>Writes a file in the manifest's encoding; lines are joined with LF.</summary>
    public BundleBuilder File(string name, params string[] lines)
    {
        var text = string.Join('\n', lines) + "\n";
        var bytes = EncodingName == "gb18030" ? Gb18030Encoding.GetBytes(text) : new UTF8Encoding(false).GetBytes(text);
        System.IO.File.WriteAllBytes(Path.Combine(Folder, name), bytes);
        return this;
    }

    /// <summary>Writes a file's exact bytes.</summary>
    public BundleBuilder Bytes(string name, byte[] bytes)
    {
        System.IO.File.WriteAllBytes(Path.Combine(Folder, name), bytes);
        return this;
    }

    /// <summary>The GB18030 encoding, for tests that write such files.</summary>
    public static Encoding Gb18030Encoding { get; }

    /// <summary>Text encoded as GB18030, for files that lie about their encoding.</summary>
    public static byte[] Gb18030Bytes(string text) => Gb18030Encoding.GetBytes(text);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
