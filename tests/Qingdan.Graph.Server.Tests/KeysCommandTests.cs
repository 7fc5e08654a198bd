using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Qingdan.Graph.Cli;

namespace Qingdan.Graph.Server.Tests;

/// <summary><c>qingdan keys</c> through the real command line on a SQLite file: scope, expiry, list, rotate, revoke.</summary>
public sealed class KeysCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"qingdan-keys-cli-{Guid.NewGuid():N}");

    private string Db => $"Data Source={Path.Combine(_folder, "q.db")}";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Create_stores_a_canonical_scope_and_an_expiry_and_list_shows_them_aligned()
    {
        var (scoped, token, told) = await Cli.RunAsync(
            "keys", "create", "--role", "investigator", "--name", "赤坎区纪委张检察", "--scope", "a_12, 440802", "--expires", "2099-03-01",
            "--db", Db);
        var (dated, _, _) = await Cli.RunAsync("keys", "create", "--role", "analyst", "--name", "robot", "--expires", "90d", "--db", Db);
        var (plain, _, _) = await Cli.RunAsync("keys", "create", "--role", "admin", "--name", "ops", "--db", Db);
        var (listed, list, _) = await Cli.RunAsync("keys", "list", "--db", Db);

        Assert.Equal((ExitCodes.Success, ExitCodes.Success, ExitCodes.Success, ExitCodes.Success), (scoped, dated, plain, listed));
        Assert.Matches(@"^qd_1_[A-Za-z0-9-]{43}\s*$", token);
        Assert.Contains("scope 440802,a_12, expires 2099-03-01 00:00 UTC", told, StringComparison.Ordinal);
        var lines = list.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd()).ToArray();
        Assert.Equal(4, lines.Length);
        Assert.Matches(@"^id\s+name\s+role\s+scope\s+created \(UTC\)\s+expires \(UTC\)\s+last used \(UTC\)\s+state$", lines[0]);
        Assert.Matches(
            @"^ 1\s+赤坎区纪委张检察\s+investigator\s+440802,a_12\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+2099-03-01 00:00\s+never used\s+live$",
            lines[1]);
        var ninety = DateTime.UtcNow.AddDays(90);
        Assert.Matches(@$"^ 2\s+robot\s+analyst\s+all\s+\S+ \S+\s+{ninety:yyyy-MM-dd} \d\d:\d\d\s+never used\s+live$", lines[2]);
        Assert.Matches(@"^ 3\s+ops\s+admin\s+all\s+\S+ \S+\s+never\s+never used\s+live$", lines[3]);
        // Aligned as a terminal shows it: the Chinese name counts two columns a character.
        var roleColumns = lines.Select(l => Columns(l[..Regex.Match(l, " (role|investigator|analyst|admin) ").Index]));
        Assert.Single(roleColumns.Distinct());
    }

    [Fact]
    public async Task A_bad_scope_item_or_a_past_expiry_is_a_usage_error_naming_it_and_writes_nothing()
    {
        var (badScope, _, scopeError) = await Cli.RunAsync(
            "keys", "create", "--role", "investigator", "--name", "x", "--scope", "440802,广东", "--db", Db);
        var (emptyScope, _, emptyError) = await Cli.RunAsync(
            "keys", "create", "--role", "investigator", "--name", "x", "--scope", " , ", "--db", Db);
        var (past, _, pastError) = await Cli.RunAsync(
            "keys", "create", "--role", "investigator", "--name", "x", "--expires", "2020-01-01", "--db", Db);
        var (garbled, _, garbledError) = await Cli.RunAsync(
            "keys", "create", "--role", "investigator", "--name", "x", "--expires", "soon", "--db", Db);
        var (_, list, _) = await Cli.RunAsync("keys", "list", "--db", Db);

        Assert.Equal(ExitCodes.Usage, badScope);
        Assert.Contains("--scope: '广东' is neither a region prefix", scopeError, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, emptyScope);
        Assert.Contains("names no region prefix or agency id", emptyError, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, past);
        Assert.Contains("--expires '2020-01-01' is 2020-01-01 00:00 UTC, not in the future", pastError, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, garbled);
        Assert.Contains("--expires 'soon' is neither a duration", garbledError, StringComparison.Ordinal);
        Assert.Contains("no keys", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rotate_prints_a_new_key_with_the_same_id_and_list_shows_the_grace_period_until_revoked()
    {
        var (_, original, _) = await Cli.RunAsync("keys", "create", "--role", "analyst", "--name", "robot", "--db", Db);
        var (rotated, fresh, told) = await Cli.RunAsync("keys", "rotate", "robot", "--grace", "7d", "--db", Db);
        var (_, rotatedList, _) = await Cli.RunAsync("keys", "list", "--db", Db);
        var (badGrace, _, graceError) = await Cli.RunAsync("keys", "rotate", "1", "--grace", "a week", "--db", Db);
        var (unknown, _, unknownError) = await Cli.RunAsync("keys", "rotate", "nobody", "--db", Db);
        var (revoked, _, _) = await Cli.RunAsync("keys", "revoke", "1", "--db", Db);
        var (_, revokedList, _) = await Cli.RunAsync("keys", "list", "--db", Db);

        Assert.Equal(ExitCodes.Success, rotated);
        Assert.Matches(@"^qd_1_[A-Za-z0-9-]{43}\s*$", fresh);
        Assert.NotEqual(original.Trim(), fresh.Trim());
        var until = DateTime.UtcNow.AddDays(7);
        Assert.Contains($"The old secret works until {until:yyyy-MM-dd}", told, StringComparison.Ordinal);
        Assert.Matches($@"rotated: previous valid until {until:yyyy-MM-dd} \d\d:\d\d", rotatedList);
        Assert.Equal(ExitCodes.Usage, badGrace);
        Assert.Contains("--grace 'a week' is not a duration", graceError, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, unknown);
        Assert.Contains("no live key 'nobody'", unknownError, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, revoked);
        Assert.Matches(@"\s+revoked \d{4}-\d\d-\d\d \d\d:\d\d$", revokedList.Trim());
    }

    private static int Columns(string text) => text.EnumerateRunes().Sum(r => r.Value >= 0x2E80 ? 2 : 1);
}
