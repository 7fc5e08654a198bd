namespace Qingdan.Graph.Server.Sweeps;

/// <summary>The <c>Sweeps</c> configuration section: when the server sweeps on its own, and what.</summary>
public sealed class SweepScheduleOptions
{
    public const string Section = "Sweeps";

    /// <summary>A cron expression (five fields, or six with seconds first); empty means no scheduled sweeps. Example: <c>0 2 * * *</c>,
    /// 02:00 every day.</summary>
    public string? Schedule { get; set; }

    /// <summary>An IANA or Windows time zone id the schedule is read in; default <c>Asia/Shanghai</c>.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>The rules of a scheduled sweep, comma-separated; all when empty.</summary>
    public string? Rules { get; set; }

    /// <summary>Parameters of RULES.md for scheduled sweeps, <c>name=value</c>.</summary>
    public List<string> Set { get; set; } = [];

    /// <summary>Run every official each time; by default a scheduled sweep runs only the officials a change since the last sweep can
    /// affect.</summary>
    public bool Full { get; set; }
}
