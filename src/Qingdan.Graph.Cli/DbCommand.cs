using System.CommandLine;
using Qingdan.Graph.Store.Database;

namespace Qingdan.Graph.Cli;

/// <summary><c>qingdan db migrate|status</c>.</summary>
internal static class DbCommand
{
    public static Command Create(TextWriter output)
    {
        var migrateDb = CliOptions.Database();
        var migrate = new Command("migrate", "Create the database if needed and apply every pending migration.") { migrateDb };
        migrate.SetAction(async (parse, cancellationToken) =>
        {
            var connection = ParseConnection(parse.GetValue(migrateDb));
            var applied = await StoreMigrator.MigrateAsync(connection, cancellationToken);
            output.WriteLine(applied.Count == 0
                ? $"{connection.Describe()}: schema already current."
                : $"{connection.Describe()}: applied {applied.Count} migration(s): {string.Join(", ", applied)}.");
            return ExitCodes.Success;
        });

        var statusDb = CliOptions.Database();
        var status = new Command("status", "Show which migrations the database has and which it lacks.") { statusDb };
        status.SetAction(async (parse, cancellationToken) =>
        {
            var connection = ParseConnection(parse.GetValue(statusDb));
            var report = await StoreMigrator.GetStatusAsync(connection, cancellationToken);
            output.WriteLine($"database: {report.Database}");
            output.WriteLine($"reachable: {(report.Reachable ? "yes" : "no")}");
            output.WriteLine($"applied: {(report.Applied.Count == 0 ? "none" : string.Join(", ", report.Applied))}");
            output.WriteLine($"pending: {(report.Pending.Count == 0 ? "none" : string.Join(", ", report.Pending))}");
            return report.UpToDate ? ExitCodes.Success : ExitCodes.BadInput;
        });

        return new Command("db", "Manage the store's schema.") { migrate, status };
    }

    internal static StoreConnection ParseConnection(string? option)
    {
        try
        {
            return StoreConnection.Resolve(option);
        }
        catch (ArgumentException error)
        {
            throw new UsageException(error.Message.Split(" (Parameter", 2)[0]);
        }
    }

    /// <summary>The store named by <c>--db</c> (or its default), migrated to the current schema.</summary>
    internal static async Task<StoreConnection> OpenAsync(string? option, CancellationToken cancellationToken)
    {
        var connection = ParseConnection(option);
        await StoreMigrator.MigrateAsync(connection, cancellationToken);
        return connection;
    }
}
