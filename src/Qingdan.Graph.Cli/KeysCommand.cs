using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Qingdan.Graph.Store.Security;

namespace Qingdan.Graph.Cli;

/// <summary><c>qingdan keys create|list|rotate|revoke</c>.</summary>
internal static partial class KeysCommand
{
    public static Command Create(TextWriter output, TextWriter error) =>
        new("keys", "Create, list, rotate and revoke API keys.")
        {
            CreateVerb(output, error), ListVerb(output), RotateVerb(output, error), RevokeVerb(output, error)
        };

    /// <summary>
    /// When <c>--expires</c> ends a key: a duration from now (<c>90d</c>, <c>2w</c>, <c>12h</c>, <c>30m</c>), a date (the key stops
    /// at the start of that day, UTC) or a date and time with its offset (<c>2027-03-01T18:00+08:00</c>); it must be in the future.
    /// </summary>
    internal static DateTimeOffset ExpiryOf(string text, DateTimeOffset now)
    {
        DateTimeOffset at;
        if (Duration().IsMatch(text))
        {
            at = now + SpanOf(text, "--expires");
        }
        else if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            at = new DateTimeOffset(day, TimeSpan.Zero);
        }
        else if (text.Contains('T', StringComparison.Ordinal) && DateTimeOffset.TryParse(
            text,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal,
            out var moment))
        {
            at = moment;
        }
        else
        {
            throw new UsageException(
                $"--expires '{text}' is neither a duration (90d, 2w, 12h, 30m) nor a date (2027-03-01) or time (2027-03-01T18:00+08:00).");
        }

        return at > now
            ? at
            : throw new UsageException($"--expires '{text}' is {Time(at.UtcDateTime)} UTC, not in the future.");
    }

    /// <summary>A duration of <c>--grace</c> or <c>--expires</c>: a whole number of minutes, hours, days or weeks (<c>0</c> alone
    /// for none).</summary>
    internal static TimeSpan SpanOf(string text, string option)
    {
        if (text == "0")
        {
            return TimeSpan.Zero;
        }

        var match = Duration().Match(text);
        if (!match.Success || !int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || count > 100_000)
        {
            throw new UsageException($"{option} '{text}' is not a duration: a whole number with m, h, d or w (30m, 12h, 90d, 2w).");
        }

        return match.Groups[2].Value switch
        {
            "m" => TimeSpan.FromMinutes(count),
            "h" => TimeSpan.FromHours(count),
            "d" => TimeSpan.FromDays(count),
            _ => TimeSpan.FromDays(7L * count)
        };
    }

    private static Command CreateVerb(TextWriter output, TextWriter error)
    {
        var create = new Command("create", "Create an API key; it is printed once, only a salted hash is kept.");
        var role = new Option<string>("--role") { Description = $"One of {string.Join(", ", Roles.All)}.", Required = true };
        var name = new Option<string>("--name") { Description = "Who or what the key is for (shown in the audit log).", Required = true };
        var scope = new Option<string?>("--scope")
        {
            Description = "What the key may read: region prefixes (GB/T 2260: 44, 4408, 440802) and agency ids (a_12), comma-separated. " +
                "Default: unscoped.",
            HelpName = "items"
        };
        var expires = new Option<string?>("--expires")
        {
            Description = "When the key stops working: a duration (90d, 2w, 12h, 30m), a date (2027-03-01: at its start, UTC) or " +
                "a time (2027-03-01T18:00+08:00). Default: never.",
            HelpName = "when"
        };
        var database = CliOptions.Database();
        create.Options.Add(role);
        create.Options.Add(name);
        create.Options.Add(scope);
        create.Options.Add(expires);
        create.Options.Add(database);
        create.SetAction(async (parse, cancellationToken) =>
        {
            var access = ScopeOf(parse.GetValue(scope));
            var expiresAt = parse.GetValue(expires) is { } when ? ExpiryOf(when, TimeProvider.System.GetUtcNow()) : (DateTimeOffset?)null;
            var connection = await DbCommand.OpenAsync(parse.GetValue(database), cancellationToken);
            try
            {
                var (key, token) = await new ApiKeys(connection, TimeProvider.System).CreateAsync(
                    parse.GetValue(name)!,
                    parse.GetValue(role)!,
                    access,
                    expiresAt,
                    cancellationToken);
                output.WriteLine(token);
                var expiry = key.ExpiresAt is { } at ? $"expires {Time(at)} UTC" : "never expires";
                error.WriteLine(
                    $"key {key.Id} '{key.Name}' ({key.Role}, scope {key.Scope ?? "all"}, {expiry}) created; the line above is the key, " +
                    "shown only now.");
            }
            catch (ArgumentException bad)
            {
                throw new UsageException(bad.Message.Split(" (Parameter", 2)[0]);
            }

            return ExitCodes.Success;
        });
        return create;
    }

    private static Command ListVerb(TextWriter output)
    {
        var list = new Command(
            "list",
            "List keys: id, name, role, scope, created, expires, last used (time and address), state (never the secret).");
        var database = CliOptions.Database();
        list.Options.Add(database);
        list.SetAction(async (parse, cancellationToken) =>
        {
            var connection = await DbCommand.OpenAsync(parse.GetValue(database), cancellationToken);
            var keys = await new ApiKeys(connection, TimeProvider.System).ListAsync(cancellationToken);
            if (keys.Count == 0)
            {
                output.WriteLine("no keys (qingdan keys create --role … --name …)");
            }

            foreach (var line in KeysTable.Lines(keys, TimeProvider.System.GetUtcNow().UtcDateTime))
            {
                output.WriteLine(line);
            }

            return ExitCodes.Success;
        });
        return list;
    }

    private static Command RotateVerb(TextWriter output, TextWriter error)
    {
        var rotate = new Command(
            "rotate",
            "Give a key a new secret, printed once (the id stays); the old secret keeps working for the grace period.");
        var which = new Argument<string>("key") { Description = "The key's id or name." };
        var grace = new Option<string>("--grace")
        {
            Description = "How long the old secret keeps working: 30m, 12h, 7d, 2w, or 0 to end it at once.",
            DefaultValueFactory = _ => "24h",
            HelpName = "duration"
        };
        var database = CliOptions.Database();
        rotate.Arguments.Add(which);
        rotate.Options.Add(grace);
        rotate.Options.Add(database);
        rotate.SetAction(async (parse, cancellationToken) =>
        {
            var span = SpanOf(parse.GetValue(grace)!, "--grace");
            var connection = await DbCommand.OpenAsync(parse.GetValue(database), cancellationToken);
            (ApiKeyRow Key, string Token)? rotated;
            try
            {
                rotated = await new ApiKeys(connection, TimeProvider.System).RotateAsync(parse.GetValue(which)!, span, cancellationToken);
            }
            catch (Exception bad) when (bad is ArgumentException or InvalidOperationException)
            {
                error.WriteLine($"qingdan keys rotate: {bad.Message.Split(" (Parameter", 2)[0]}");
                return ExitCodes.BadInput;
            }

            if (rotated is not var (key, token))
            {
                error.WriteLine($"qingdan keys rotate: no live key '{parse.GetValue(which)}' (revoked, expired or unknown).");
                return ExitCodes.BadInput;
            }

            output.WriteLine(token);
            var old = key.PreviousValidUntil is { } until ? $"works until {Time(until)} UTC" : "stopped working";
            error.WriteLine($"key {key.Id} '{key.Name}' rotated; the line above is its new secret, shown only now. The old secret {old}.");
            return ExitCodes.Success;
        });
        return rotate;
    }

    private static Command RevokeVerb(TextWriter output, TextWriter error)
    {
        var revoke = new Command("revoke", "Revoke a key by id or name; it stops working at once, its secret from before a rotation too.");
        var which = new Argument<string>("key") { Description = "The key's id or name." };
        var database = CliOptions.Database();
        revoke.Arguments.Add(which);
        revoke.Options.Add(database);
        revoke.SetAction(async (parse, cancellationToken) =>
        {
            var connection = await DbCommand.OpenAsync(parse.GetValue(database), cancellationToken);
            if (!await new ApiKeys(connection, TimeProvider.System).RevokeAsync(parse.GetValue(which)!, cancellationToken))
            {
                error.WriteLine($"qingdan keys revoke: no live key '{parse.GetValue(which)}'.");
                return ExitCodes.BadInput;
            }

            output.WriteLine($"revoked {parse.GetValue(which)}");
            return ExitCodes.Success;
        });
        return revoke;
    }

    private static AccessScope? ScopeOf(string? text)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            return AccessScope.Parse(text)
                ?? throw new UsageException("--scope names no region prefix or agency id; leave it out for an unscoped key.");
        }
        catch (FormatException bad)
        {
            throw new UsageException($"--scope: {bad.Message}");
        }
    }

    private static string Time(DateTime at) => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\d{1,9})([mhdw])$")]
    private static partial Regex Duration();
}
