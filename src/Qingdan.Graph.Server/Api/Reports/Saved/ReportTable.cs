namespace Qingdan.Graph.Server.Api.Reports.Saved;

/// <summary>One top-level field of a report's data, flattened (<see cref="ReportTables"/>).</summary>
public sealed record ReportTable(string Name, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<string?[]> Rows);

/// <summary>A column of a flattened table: its dotted path, its label in the language asked, and whether every cell is a
/// number.</summary>
public sealed record ReportColumn(string Path, string Label, bool Numeric);
