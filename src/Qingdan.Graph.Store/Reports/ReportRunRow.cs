namespace Qingdan.Graph.Store.Reports;

/// <summary>One run of a saved report: when, why, with which variables, and its result (or its errors).</summary>
public sealed class ReportRunRow
{
    public long Id { get; set; }

    public long ReportId { get; set; }

    public ReportTrigger Trigger { get; set; }

    /// <summary>Who ran it: the caller, or the owner for a scheduled run.</summary>
    public required string RunBy { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime FinishedAt { get; set; }

    /// <summary>The variables it ran with, as a JSON object.</summary>
    public string? Variables { get; set; }

    /// <summary>The GraphQL response (<c>data</c> and <c>errors</c>) as JSON.</summary>
    public required string Result { get; set; }

    /// <summary>SHA-256 of the response's data, hex: two runs with the same hash had the same result.</summary>
    public required string ResultHash { get; set; }

    /// <summary>True when the result differs from the previous run's (the first run has changed).</summary>
    public bool Changed { get; set; }

    /// <summary>True when the run ended with errors.</summary>
    public bool Failed { get; set; }

    /// <summary>The notification that delivered the run, if any.</summary>
    public long? NotificationId { get; set; }
}
