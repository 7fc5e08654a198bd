namespace Qingdan.Graph.Store.Security;

/// <summary>The roles of DESIGN.md "API".</summary>
public static class Roles
{
    /// <summary>Ingest, sweeps, keys, the audit log — and everything else.</summary>
    public const string Admin = "admin";

    /// <summary>Everything about people, and triage.</summary>
    public const string Investigator = "investigator";

    /// <summary>Reports; identity numbers masked; no triage.</summary>
    public const string Analyst = "analyst";

    public static IReadOnlyList<string> All { get; } = [Investigator, Analyst, Admin];
}
