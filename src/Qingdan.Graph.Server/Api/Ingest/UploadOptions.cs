namespace Qingdan.Graph.Server.Api.Ingest;

/// <summary>Where uploaded registry files are kept until they are ingested, and how large an upload may be (configuration section
/// <c>Ingest</c>).</summary>
public sealed class UploadOptions
{
    public const string Section = "Ingest";

    /// <summary>The folder uploads are kept in, one folder an upload; default: qingdan-uploads in the system's temporary folder.</summary>
    public string? UploadFolder { get; set; }

    /// <summary>Largest upload, all its files together.</summary>
    public long MaxUploadBytes { get; set; } = 256L << 20;

    /// <summary>How long an upload is kept.</summary>
    public TimeSpan KeepFor { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The example mappings the ingest page offers; default: examples/mappings beside the executable, else in the working
    /// folder.</summary>
    public string? ExamplesFolder { get; set; }
}
