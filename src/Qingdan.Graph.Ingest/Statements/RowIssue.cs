namespace Qingdan.Graph.Ingest.Statements;

/// <summary>
/// Something wrong with one row (or a whole file, at line 1): a rejection loses the row's facts,
/// a warning keeps them (an invalid identifier is kept and flagged).
/// </summary>
public sealed record RowIssue(string File, int Line, string Reason, string Raw, bool Rejected)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}: {Reason}";
}
