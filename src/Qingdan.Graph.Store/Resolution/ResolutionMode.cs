namespace Qingdan.Graph.Store.Resolution;

/// <summary>Which records a resolution run reads and resolves again (docs/resolution.md "Scoped resolution").</summary>
public enum ResolutionMode
{
    /// <summary>
    /// The closure of what the run touches, unless the store is empty, the batch has dropped the records'
    /// indexes, or the closure grows past <see cref="StoreResolver.FullScanShare"/> of the store: then every record.
    /// </summary>
    Auto,

    /// <summary>Always the closure, however large (the differential tests).</summary>
    Scoped,

    /// <summary>Every record in the store, as before scoped resolution (<c>qingdan ingest --full-resolution</c>).</summary>
    Full,
}
