namespace Qingdan.Graph.Store.Ingest;

/// <summary>The PostgreSQL advisory lock that serialises every writer of the resolved graph (ingests and match decisions).</summary>
internal static class BundleIngestorLock
{
    public const long Key = 0x51_6E_67_64_61_6E_01;
}
