using System.Diagnostics.Metrics;

namespace Qingdan.Graph.Server.Api;

/// <summary>GraphQL latency by operation and status on the <c>Qingdan.Graph</c> meter.</summary>
internal static class ApiMetrics
{
    private static readonly Meter Meter = new(Store.Findings.SweepMetrics.MeterName);
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "qingdan.graphql.duration",
        "s",
        "Time to answer a GraphQL request, by operation (its name, else its root fields) and HTTP status.");

    public static void Answered(string operation, int status, TimeSpan elapsed) =>
        Duration.Record(
            elapsed.TotalSeconds,
            new KeyValuePair<string, object?>("operation", operation),
            new KeyValuePair<string, object?>("status", status));
}
