namespace Qingdan.Graph.Seed.Tests;

/// <summary>One city-scale seed, written once for the tests that read it.</summary>
public sealed class SeedFixture : IDisposable
{
    public SeedFixture()
    {
        Folder = Path.Combine(Path.GetTempPath(), $"qingdan-seed-{Guid.NewGuid():N}");
        Summary = SeedGenerator.Generate(SeedScale.City, Folder, seed: 1);
    }

    public string Folder { get; }

    public SeedSummary Summary { get; }

    public static readonly string[] Registries = ["cadre", "civil", "company", "procurement", "licensing", "finance"];

    public IEnumerable<string> Bundles => Registries.Select(r => Path.Combine(Folder, r));

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
