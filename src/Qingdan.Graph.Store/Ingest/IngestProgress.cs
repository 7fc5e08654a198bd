namespace Qingdan.Graph.Store.Ingest;

/// <summary>How far an ingest has come, reported while it runs.</summary>
public sealed record IngestProgress(string Bundle, string Stage, long Rows, long Rejected, TimeSpan Elapsed)
{
    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? Rows / Elapsed.TotalSeconds : 0;
}
