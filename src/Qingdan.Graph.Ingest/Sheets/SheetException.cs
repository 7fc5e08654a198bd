namespace Qingdan.Graph.Ingest.Sheets;

/// <summary>A delivered file that cannot be read as a table at all: not a workbook, no such sheet, encrypted…</summary>
public sealed class SheetException : Exception
{
    public SheetException(string file, string reason)
        : base($"{file}: {reason}")
    {
        File = file;
        Reason = reason;
    }

    public SheetException()
        : this("?", "cannot be read")
    {
    }

    public SheetException(string message)
        : this("?", message)
    {
    }

    public SheetException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = "?";
        Reason = message;
    }

    public string File { get; } = "?";

    public string Reason { get; } = string.Empty;
}
