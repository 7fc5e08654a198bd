namespace Qingdan.Graph.Store.Security;

/// <summary>What <see cref="AuditVerifier.VerifyAsync"/> found.</summary>
/// <param name="RowsChecked">Chained rows whose hash was recomputed and matched (up to the break, if any).</param>
/// <param name="RowsBeforeChain">Rows without a hash before the first hashed row: written before the chain began, not checked.</param>
/// <param name="Head">The last row read, if it has a hash.</param>
/// <param name="Break">The first break, or null when the log is intact.</param>
/// <param name="KeptHeadFound">A kept head was given and its row holds exactly its hash.</param>
public sealed record AuditVerification(long RowsChecked, long RowsBeforeChain, AuditHead? Head, AuditBreak? Break, bool KeptHeadFound)
{
    public bool Intact => Break is null;
}
