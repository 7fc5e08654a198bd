using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Graph;

/// <summary>
/// One stored link row as a loader reads it: the values of a <see cref="SnapshotLink"/> without the two
/// objects it costs (millions of rows at province scale), validity already as day numbers (<see cref="Days"/>).
/// </summary>
internal readonly record struct SnapshotLinkRow(
    LinkKind Kind,
    long From,
    long To,
    int Start,
    int End,
    string? Detail,
    double? Share,
    decimal? Amount,
    decimal? MonthlySalary,
    bool? Nominal,
    string? Title,
    string? Note,
    string Bundle,
    string File,
    int Line);
