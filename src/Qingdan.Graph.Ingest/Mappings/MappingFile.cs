using Qingdan.Graph.Ingest.Bundles;

namespace Qingdan.Graph.Ingest.Mappings;

/// <summary>
/// A mapping (mapping.md): how the rows of delivered files — workbooks and CSV exports as agencies send
/// them — become the records of a registry bundle. Read by <see cref="MappingFileReader"/>, which
/// refuses a mapping that cannot be used before any file is opened.
/// </summary>
public sealed class MappingFile
{
    internal MappingFile(string path, Manifest manifest, IReadOnlyList<TableMapping> tables)
    {
        Path = path;
        Manifest = manifest;
        Tables = tables;
    }

    /// <summary>The mapping file itself.</summary>
    public string Path { get; }

    /// <summary>The folder that the tables' globs are relative to.</summary>
    public string Folder => System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;

    /// <summary>Registry, source, as_of, mode and id, as a bundle's manifest says them.</summary>
    public Manifest Manifest { get; }

    internal IReadOnlyList<TableMapping> Tables { get; }

    /// <summary>How many link records (facts) one row of a table makes, before splits.</summary>
    public int LinkRecordsPerRow(int table) => Tables[table].Records.Count(r => !r.File.HasRef && r.File.IsRead);

    /// <summary>The mapping file's name as messages cite it.</summary>
    public string Name => System.IO.Path.GetFileName(Path);
}
