namespace Qingdan.Graph.Store.Reports;

/// <summary>What started a report's run.</summary>
public enum ReportTrigger
{
    /// <summary>Run through <c>runReport</c>.</summary>
    Manual,

    /// <summary>Run by its schedule.</summary>
    Schedule,
}
