using System.Diagnostics.Metrics;

namespace Qingdan.Graph.Store.Findings;

/// <summary>
/// Sweep measurements on the <c>Qingdan.Graph</c> meter (exported at <c>/metrics</c> by the server):
/// sweeps by outcome and trigger, their duration, and the findings of each rule's latest sweep.
/// </summary>
public static class SweepMetrics
{
    public const string MeterName = "Qingdan.Graph";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Sweeps = Meter.CreateCounter<long>(
        "qingdan.sweeps",
        "{sweep}",
        "Sweeps run, by status (succeeded, failed) and trigger (cli, schedule, api).");
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "qingdan.sweep.duration",
        "s",
        "Time a sweep took, load of the snapshot, rules and writing included.");
    private static readonly Dictionary<string, RuleCounts> Latest = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    static SweepMetrics()
    {
        Meter.CreateObservableGauge("qingdan.findings", () => Observe(c => c.Found), "{finding}", "Findings of each rule's latest sweep.");
        Meter.CreateObservableGauge(
            "qingdan.findings.new",
            () => Observe(c => c.New),
            "{finding}",
            "New findings of each rule's latest sweep.");
        Meter.CreateObservableGauge(
            "qingdan.findings.resolved",
            () => Observe(c => c.Resolved),
            "{finding}",
            "Findings each rule's latest sweep resolved.");
    }

    internal static void Succeeded(string trigger, TimeSpan elapsed, IEnumerable<RuleDigest> rules)
    {
        Sweeps.Add(1, new KeyValuePair<string, object?>("status", "succeeded"), new KeyValuePair<string, object?>("trigger", trigger));
        Duration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("trigger", trigger));
        lock (Gate)
        {
            foreach (var rule in rules)
            {
                Latest[rule.Rule] = new RuleCounts(rule.Found, rule.New, rule.Resolved);
            }
        }
    }

    internal static void Failed(string trigger) =>
        Sweeps.Add(1, new KeyValuePair<string, object?>("status", "failed"), new KeyValuePair<string, object?>("trigger", trigger));

    private static IEnumerable<Measurement<long>> Observe(Func<RuleCounts, int> value)
    {
        lock (Gate)
        {
            return Latest.Select(p => new Measurement<long>(value(p.Value), new KeyValuePair<string, object?>("rule", p.Key))).ToList();
        }
    }

    private sealed record RuleCounts(int Found, int New, int Resolved);
}
