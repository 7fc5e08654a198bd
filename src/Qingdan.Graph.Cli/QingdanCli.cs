using System.CommandLine;
using System.Data.Common;

namespace Qingdan.Graph.Cli;

/// <summary>
/// The one executable's verbs. Parse errors exit with 2, bad input with 1 and its reason, success
/// with 0 (DESIGN "Command line").
/// </summary>
public static class QingdanCli
{
    /// <summary>Parses and runs a command line, writing to the given streams.</summary>
    public static async Task<int> RunAsync(
        string[] args,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellationToken = default)
    {
        var root = Build(output, error);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                error.WriteLine($"qingdan: {parseError.Message}");
            }

            error.WriteLine("Run 'qingdan --help' for the verbs and their options.");
            return ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync(
                new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false },
                cancellationToken);
        }
        catch (UsageException usage)
        {
            error.WriteLine($"qingdan: {usage.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception failure) when ((failure as DbException
            ?? (failure as Microsoft.EntityFrameworkCore.DbUpdateException)?.InnerException as DbException) is { } database)
        {
            error.WriteLine($"qingdan: {Explain(database)}");
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            error.WriteLine("qingdan: cancelled.");
            return ExitCodes.BadInput;
        }
    }

    /// <summary>What a database failure means for the person at the terminal; every write is one transaction, so a failed one left nothing
    /// behind.</summary>
    internal static string Explain(DbException database) => database switch
    {
        Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 13 } =>
            $"the database is full ({database.Message}): the disk has no room, or the store's " +
                $"'{Store.Database.StoreConnection.MaxPageCountKeyword}' was reached. The write was rolled back and nothing of it was " +
                    "kept; make room and run the command again.",
        Npgsql.NpgsqlException { IsTransient: true } =>
            $"the database could not be reached ({database.Message}). Nothing was written; run the command again when PostgreSQL is back.",
        _ => $"the database refused: {database.Message}",
    };

    private static RootCommand Build(TextWriter output, TextWriter error)
    {
        return new RootCommand("Qingdan.Graph: links officials, companies, decisions and money across registries and finds the paths " +
            "that items 3, 4, 5 and 9 of the negative list forbid.")
        {
            DemoCommand.Create(output, error),
            ServeCommand.Create(output, error),
            ServeCommand.Schema(output),
            IngestCommand.Create(output, error),
            MapCommand.Create(output),
            SweepCommand.Create(output, error),
            SeedCommand.Create(output),
            ExportCommand.Create(output),
            KeysCommand.Create(output, error),
            AuditCommand.Create(output),
            DbCommand.Create(output),
            HealthCommand.Create(output),
        };
    }
}
