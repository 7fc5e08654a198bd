namespace Qingdan.Graph.Store.Security;

/// <summary>The first row where the audit log's chain breaks, how, and a sentence for the investigator.</summary>
/// <param name="Kind">What the chain can tell of the break.</param>
/// <param name="RowId">The row that breaks (for a gap, the first row after it; for a cut-back log, the kept head's row).</param>
/// <param name="Message">E.g. "row 1234 (2026-12-03 10:02:11 UTC, actor 张检察): its content does not match its hash — changed after it was
/// written".</param>
public sealed record AuditBreak(AuditBreakKind Kind, long RowId, string Message);
