using Qingdan.Graph.Ingest.Bundles;
using Qingdan.Graph.Ingest.Sources;

namespace Qingdan.Graph.Ingest.Tests;

/// <summary>What <c>qingdan ingest</c> makes of a path: a bundle folder, an OCDS package, a BODS array, or nothing it reads.</summary>
public sealed class IngestSourceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("qingdan-source-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_folder_is_a_bundle_an_object_with_releases_or_records_OCDS_and_an_array_BODS()
    {
        var bundle = Directory.CreateDirectory(Path.Combine(_folder, "cadre")).FullName;
        File.WriteAllText(Path.Combine(bundle, ManifestReader.FileName), "{\"registry\":\"cadre\",\"id\":\"cadre-1\",\"source\":\"test\"}");

        Assert.Equal(SourceFormat.Bundle, IngestSource.Open(bundle).Format);
        Assert.Equal(
            SourceFormat.Ocds,
            IngestSource.Open(Write("releases.json", "{\"uri\":\"x\",\"publisher\":{\"name\":\"p\"},\"releases\":[]}")).Format);
        Assert.Equal(SourceFormat.Ocds, IngestSource.Open(Write("records.json", "{\"records\":[]}")).Format);
        var bods = IngestSource.Open(Write("statements.json", "[]"));
        Assert.Equal(SourceFormat.Bods, bods.Format);
        Assert.Equal(("bods:statements", "statements.json"), (bods.Manifest.Registry, bods.Manifest.Id));
    }

    [Theory]
    [InlineData("", "not valid JSON")]
    [InlineData("{\"uri\":\"x\"}", "not a registry bundle folder, an OCDS release or record package, or a BODS statement array")]
    [InlineData("{\"uri\": ", "not valid JSON")]
    public void A_file_in_none_of_the_formats_is_refused_saying_why(string text, string reason)
    {
        var error = Assert.Throws<BundleFormatException>(() => IngestSource.Open(Write("odd.json", text)));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_that_is_not_there_is_refused() =>
        Assert.Contains(
            "no such file or folder",
            Assert.Throws<BundleFormatException>(() => IngestSource.Open(Path.Combine(_folder, "missing"))).Message,
            StringComparison.Ordinal);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
