using System.CommandLine;
using System.Globalization;
using Qingdan.Graph.Store.Security;

namespace Qingdan.Graph.Cli;

/// <summary>
/// <c>qingdan audit verify|head</c>: recompute the audit log's hash chain and name the first row that breaks;
/// print the head to keep outside the store. Neither writes to the log, so the head printed stays the head.
/// </summary>
internal static class AuditCommand
{
    public static Command Create(TextWriter output)
    {
        var verify = new Command("verify", "Recompute the audit log's hash chain; name the first row changed, deleted, inserted or " +
            "reordered (exit 1), or print how many rows hold (exit 0).");
        var kept = new Option<string?>("--head")
        {
            Description = "A head printed earlier by 'qingdan audit head' and kept outside the store: the chain must still hold " +
                "that row with exactly that hash, else the log was rewritten.",
            HelpName = "id:hash",
        };
        var database = CliOptions.Database();
        verify.Options.Add(kept);
        verify.Options.Add(database);
        verify.SetAction(async (parse, cancellationToken) =>
        {
            AuditHead? head;
            try
            {
                head = parse.GetValue(kept) is { } text ? AuditHead.Parse(text) : null;
            }
            catch (FormatException bad)
            {
                throw new UsageException($"--head: {bad.Message}");
            }

            var connection = await DbCommand.OpenAsync(parse.GetValue(database), cancellationToken);
            var result = await AuditVerifier.VerifyAsync(connection, head, cancellationToken);
            var before = result.RowsBeforeChain > 0
                ? string.Create(CultureInfo.InvariantCulture, $"; {result.RowsBeforeChain:N0} rows before the chain began (not checked)")
                : string.Empty;
            if (result.Break is { } broken)
            {
                output.WriteLine($"audit log BROKEN ({broken.Kind.ToString().ToLowerInvariant()}): {broken.Message}");
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.RowsChecked:N0} rows checked before it{before}."));
                return ExitCodes.BadInput;
            }

            output.WriteLine(result.Head is { } last
                ? string.Create(
                    CultureInfo.InvariantCulture,
                    $"audit log OK: {result.RowsChecked:N0} rows checked, the chain holds to row " +
                    $"{last.Id} ({last.At:yyyy-MM-dd HH:mm:ss} UTC){before}.")
                : $"audit log OK: no chained rows yet{before}.");
            if (head is not null)
            {
                output.WriteLine($"the kept head {head} is in the chain: nothing up to row {head.Id} was changed since it was printed.");
            }

            return ExitCodes.Success;
        });

        var show = new Command("head", "Print the audit log's head '<id>:<hash>' and the time of its row: keep it outside the store " +
            "(printed, mailed, in another system) for 'qingdan audit verify --head'.");
        var headDb = CliOptions.Database();
        show.Options.Add(headDb);
        show.SetAction(async (parse, cancellationToken) =>
        {
            var connection = await DbCommand.OpenAsync(parse.GetValue(headDb), cancellationToken);
            var head = await AuditVerifier.HeadAsync(connection, cancellationToken);
            if (head is not { Hash.Length: > 0 })
            {
                parse.InvocationConfiguration.Error.WriteLine(head is null
                    ? "qingdan audit head: the audit log is empty; there is no head yet."
                    : $"qingdan audit head: the last row ({head.Id}) has no hash; run 'qingdan audit verify'.");
                return ExitCodes.BadInput;
            }

            output.WriteLine(head.ToString());
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"row {head.Id} written {head.At:yyyy-MM-dd HH:mm:ss} UTC"));
            return ExitCodes.Success;
        });

        return new Command("audit", "Check the audit log's hash chain and print its head.") { verify, show };
    }
}
