namespace Qingdan.Graph.Ingest.Csv;

/// <summary>A row that cannot be read; the message is the reason recorded with it, <see cref="Column"/> the bundle column it is about, when
/// one.</summary>
internal sealed class RowRejectedException(string reason, string? column = null) : Exception(reason)
{
    public string? Column { get; } = column;
}
