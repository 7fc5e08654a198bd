namespace Qingdan.Graph.Ingest.Bundles;

/// <summary>A bundle that cannot be read at all (no manifest, unreadable JSON): names the file, line and reason.</summary>
public sealed class BundleFormatException : Exception
{
    public BundleFormatException(string file, int line, string reason)
        : base($"{file}:{line}: {reason}")
    {
        File = file;
        Line = line;
        Reason = reason;
    }

    public BundleFormatException()
        : this("?", 0, "bundle cannot be read")
    {
    }

    public BundleFormatException(string message)
        : this("?", 0, message)
    {
    }

    public BundleFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = "?";
        Reason = message;
    }

    public string File { get; } = "?";

    public int Line { get; }

    public string Reason { get; } = string.Empty;
}
