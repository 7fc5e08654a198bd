namespace Qingdan.Graph.Store.Security;

/// <summary>How the audit log's chain breaks, as far as the chain can tell it.</summary>
public enum AuditBreakKind
{
    /// <summary>The row does not match its hash, and the row after it follows from that hash: this row was changed after it was
    /// written.</summary>
    Changed,

    /// <summary>Ids jump (the writer never leaves a gap), or a row is gone and the rows after it were renumbered.</summary>
    Deleted,

    /// <summary>The row is not part of the chain: the row after it follows from the row before it.</summary>
    Inserted,

    /// <summary>The row holds what another row of the log held: rows were exchanged.</summary>
    Reordered,

    /// <summary>A row without a hash after the chain began: written around the chain, or its hash erased.</summary>
    Unhashed,

    /// <summary>The last row does not match its hash: changed, or added at the end with a made-up hash (nothing after it tells
    /// which).</summary>
    ChangedOrAppended,

    /// <summary>The first row with a hash, after rows without, does not start the chain: chained rows before it were deleted or lost
    /// their hashes, or it was changed.</summary>
    StartBroken,

    /// <summary>The chain holds together but not with the head kept outside: the log was rewritten and its hashes recomputed.</summary>
    Rewritten,

    /// <summary>The log ends before the row of the head kept outside: rows were deleted from its end.</summary>
    Truncated,
}
