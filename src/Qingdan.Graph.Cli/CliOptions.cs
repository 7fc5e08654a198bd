using System.CommandLine;
using Qingdan.Graph.Store.Database;

namespace Qingdan.Graph.Cli;

/// <summary>Options that several verbs share.</summary>
internal static class CliOptions
{
    public static Option<string?> Database() => new("--db")
    {
        Description = "Database connection string: 'Host=…' for PostgreSQL, 'Data Source=…' for SQLite. Default: " +
            $"${StoreConnection.EnvironmentVariable}, else '{StoreConnection.DefaultConnectionString}'.",
        HelpName = "connection",
    };
}
