namespace Qingdan.Graph.Server.Api.Reports.Stats;

/// <summary>Numbers as the reports print them.</summary>
internal static class Numbers
{
    /// <summary>The same number without trailing zeros, so that an amount read from PostgreSQL's numeric(…, 2) and from SQLite
    /// prints alike (2000000, not 2000000.00).</summary>
    public static decimal Plain(decimal value) => value / 1.0000000000000000000000000000m;
}
