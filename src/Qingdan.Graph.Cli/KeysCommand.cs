using System.CommandLine;
using System.Globalization;
using Qingdan.Graph.Store.Security;

namespace Qingdan.Graph.Cli;

/// <summary><c>qingdan keys create|list|revoke</c>.</summary>
internal static class KeysCommand
{
    public static Command Create(TextWriter output)
    {
        var create = new Command("create", "Create an API key; it is printed once, only a salted hash is kept.");
        var role = new Option<string>("--role") { Description = $"One of {string.Join(", ", Roles.All)}.", Required = true };
        var name = new Option<string>("--name") { Description = "Who or what the key is for (shown in the audit log).", Required = true };
        var database = CliOptions.Database();
        create.Options.Add(role);
        create.Options.Add(name);
        create.Options.Add(database);
        create.SetAction(async (parse, cancellationToken) =>
        {
            var connection = await DbCommand.OpenAsync(parse.GetValue(database), cancellationToken);
            try
            {
                var (key, token) = await new ApiKeys(connection, TimeProvider.System).CreateAsync(
                    parse.GetValue(name)!,
                    parse.GetValue(role)!,
                    cancellationToken);
                output.WriteLine(token);
                Console.Error.WriteLine($"key {key.Id} '{key.Name}' ({key.Role}) created; the line above is the key, shown only now.");
            }
            catch (ArgumentException bad)
            {
                throw new UsageException(bad.Message.Split(" (Parameter", 2)[0]);
            }

            return ExitCodes.Success;
        });

        var list = new Command("list", "List keys: id, name, role, created, revoked (never the secret).");
        var listDb = CliOptions.Database();
        list.Options.Add(listDb);
        list.SetAction(async (parse, cancellationToken) =>
        {
            var connection = await DbCommand.OpenAsync(parse.GetValue(listDb), cancellationToken);
            foreach (var key in await new ApiKeys(connection, TimeProvider.System).ListAsync(cancellationToken))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{key.Id,5}  {key.Name,-24} {key.Role,-12} created {key.CreatedAt:yyyy-MM-dd HH:mm}  {(key.RevokedAt is { } at ? $"revoked {at:yyyy-MM-dd HH:mm}" : "live")}"));
            }

            return ExitCodes.Success;
        });

        var revoke = new Command("revoke", "Revoke a key by id or name; it stops working at once.");
        var which = new Argument<string>("key") { Description = "The key's id or name." };
        var revokeDb = CliOptions.Database();
        revoke.Arguments.Add(which);
        revoke.Options.Add(revokeDb);
        revoke.SetAction(async (parse, cancellationToken) =>
        {
            var connection = await DbCommand.OpenAsync(parse.GetValue(revokeDb), cancellationToken);
            if (!await new ApiKeys(connection, TimeProvider.System).RevokeAsync(parse.GetValue(which)!, cancellationToken))
            {
                Console.Error.WriteLine($"qingdan keys revoke: no live key '{parse.GetValue(which)}'.");
                return ExitCodes.BadInput;
            }

            output.WriteLine($"revoked {parse.GetValue(which)}");
            return ExitCodes.Success;
        });

        return new Command("keys", "Create, list and revoke API keys.") { create, list, revoke };
    }
}
