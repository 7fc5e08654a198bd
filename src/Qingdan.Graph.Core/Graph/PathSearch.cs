using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Graph;

/// <summary>A path question: between two nodes, as of a day (or ignoring validity), through some link kinds, within bounds.</summary>
public sealed record PathSearch
{
    /// <summary>The longest path any search may ask for.</summary>
    public const int MaxHopsLimit = 6;

    public required int From { get; init; }

    public required int To { get; init; }

    /// <summary>Only links valid on this day; null for links of any time.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Only links of these kinds; null or empty for every kind.</summary>
    public IReadOnlySet<LinkKind>? Via { get; init; }

    public int MaxHops { get; init; } = MaxHopsLimit;

    /// <summary>All-paths searches stop after this many paths and say they were cut.</summary>
    public int MaxPaths { get; init; } = 100;

    /// <summary>A search still running after this long fails with <see cref="GraphLimitException"/>.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(2);
}
