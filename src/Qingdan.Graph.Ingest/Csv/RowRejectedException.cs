namespace Qingdan.Graph.Ingest.Csv;

/// <summary>A row that cannot be read; the message is the reason recorded with it.</summary>
internal sealed class RowRejectedException(string reason) : Exception(reason);
