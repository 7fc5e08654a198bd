namespace Qingdan.Graph.Store.Findings;

/// <summary>What started a sweep; stored as the wire word (<c>schedule</c>).</summary>
public enum SweepTrigger
{
    /// <summary><c>qingdan sweep</c>, <c>qingdan demo</c>.</summary>
    Cli,

    /// <summary>The scheduler, on its cron expression.</summary>
    Schedule,

    /// <summary>The <c>runSweep</c> mutation.</summary>
    Api,
}
