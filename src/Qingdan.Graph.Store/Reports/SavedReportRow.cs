namespace Qingdan.Graph.Store.Reports;

/// <summary>
/// A named GraphQL document an analyst saved, with its default variables and, when scheduled, a cron expression read in a
/// time zone. The owner's role and scope are kept for scheduled runs, which run as the owner and are checked again when they run.
/// </summary>
public sealed class SavedReportRow
{
    public long Id { get; set; }

    public string Key => $"r_{Id}";

    /// <summary>The name the report is run and downloaded by (<c>/reports/{name}.xlsx</c>), unique.</summary>
    public required string Name { get; set; }

    public string? Description { get; set; }

    /// <summary>The GraphQL document, validated against the schema when saved.</summary>
    public required string Query { get; set; }

    /// <summary>The default variables as a JSON object, or null.</summary>
    public string? Variables { get; set; }

    public required string Owner { get; set; }

    public required string Role { get; set; }

    public string? Scope { get; set; }

    /// <summary>A cron expression (five fields, or six with seconds), or null for a report run only on demand.</summary>
    public string? Schedule { get; set; }

    /// <summary>The IANA or Windows time zone the schedule is read in; null is UTC.</summary>
    public string? TimeZone { get; set; }

    /// <summary>When true, a scheduled run notifies only when its result differs from the last run's.</summary>
    public bool OnlyWhenChanged { get; set; }

    /// <summary>The next time the schedule is due (UTC), or null when not scheduled.</summary>
    public DateTime? NextRunAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
