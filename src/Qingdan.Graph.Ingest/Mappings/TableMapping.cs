namespace Qingdan.Graph.Ingest.Mappings;

/// <summary>One <c>tables:</c> entry: which files, which sheet, where the header is, which rows, and the records each row makes.</summary>
internal sealed record TableMapping(
    int Line,
    string Files,
    string? Sheet,
    int? Header,
    string Encoding,
    Condition? Where,
    IReadOnlyList<RecordMapping> Records)
{
    /// <summary>Every column the table names, in the order first named: the header is the first row that holds them all.</summary>
    public IReadOnlyList<(string Column, int Line)> Columns { get; init; } = [];

    /// <summary>How messages name the table: its glob, and its sheet when it names one.</summary>
    public string Describe() => Sheet is null ? Files : $"{Files}!{Sheet}";
}
