namespace Qingdan.Graph.Server.Api;

/// <summary>The bounds every request keeps to (configuration section <c>Api</c>); each exceeded one gets an error naming it.</summary>
public sealed class ApiLimits
{
    public const string Section = "Api";

    /// <summary>Deepest selection set, in fields.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Largest query complexity (GraphQL.NET's analysis: a field counts 1, a list field multiplies its children by <see
    /// cref="ListMultiplier"/>).</summary>
    public int MaxComplexity { get; set; } = 50_000;

    /// <summary>How many items a list field is assumed to hold when the complexity is estimated.</summary>
    public int ListMultiplier { get; set; } = 4;

    /// <summary>Largest <c>first</c> of a connection.</summary>
    public int MaxPageSize { get; set; } = 500;

    /// <summary>Longest path or neighbourhood, in links.</summary>
    public int MaxHops { get; set; } = 6;

    /// <summary>How long one request may run.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Requests a key may make per minute (a token bucket refilled every second); raise it for a load benchmark.</summary>
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>Largest request body.</summary>
    public long MaxBodyBytes { get; set; } = 1 << 20;
}
