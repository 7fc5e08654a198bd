using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Graph;

/// <summary>
/// One stored link row as a loader reads it: the values of a <see cref="SnapshotLink"/> without the two
/// objects it costs (millions of rows at province scale), validity already as day numbers (<see cref="Days"/>),
/// and the row's id in the store (-1 when it comes from no store), which orders the links and lets a patch
/// put a reloaded link where a fresh load would.
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
    int Line,
    long StoreId = -1);
