namespace Qingdan.Graph.Ingest.Csv;

/// <summary>One data row of a bundle CSV file, with the 1-based line it starts on and its raw text.</summary>
internal sealed class CsvRow(string file, int line, string[] fields, string raw, string? problem)
{
    public string File { get; } = file;

    public int Line { get; } = line;

    public string[] Fields { get; } = fields;

    /// <summary>The row as read, without its line break; invalid bytes appear as <c>\xNN</c>.</summary>
    /// <remarks>Trimmed when asked for: only a rejected row's text is.</remarks>
    public string Raw => raw.TrimEnd('\r', '\n');

    /// <summary>Why the row cannot be read at all (invalid bytes, broken quoting); null when it can.</summary>
    public string? Problem { get; } = problem;
}
