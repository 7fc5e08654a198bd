namespace Qingdan.Graph.Store.Database;

/// <summary>The two databases the store runs on.</summary>
public enum StoreProvider
{
    Sqlite,
    Postgres,
}
