using Microsoft.Data.Sqlite;
using Qingdan.Graph.Cli;

namespace Qingdan.Graph.Server.Tests;

/// <summary><c>qingdan audit head|verify</c> on a SQLite file: the head to keep, an intact log, an edited one, a rewritten one.</summary>
public sealed class AuditCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"qingdan-audit-cli-{Guid.NewGuid():N}");

    public AuditCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Head_and_verify_exit_0_on_an_intact_log_and_verify_exits_1_naming_an_edited_row()
    {
        var db = $"Data Source={Path.Combine(_folder, "q.db")}";
        var (empty, _, emptyError) = await Cli.RunAsync("audit", "head", "--db", db);
        Assert.Equal(ExitCodes.Success, (await Cli.RunAsync("export", "audit", "--db", db)).Code);
        Assert.Equal(ExitCodes.Success, (await Cli.RunAsync("export", "audit", "--db", db)).Code);

        var (head, headText, _) = await Cli.RunAsync("audit", "head", "--db", db);
        var kept = headText.Split('\n')[0].Trim();
        var (verify, verifyText, _) = await Cli.RunAsync("audit", "verify", "--db", db, "--head", kept);
        var (badHead, _, badHeadError) = await Cli.RunAsync("audit", "verify", "--db", db, "--head", "2:xyz");

        Assert.Equal((ExitCodes.BadInput, ExitCodes.Success, ExitCodes.Success, ExitCodes.Usage), (empty, head, verify, badHead));
        Assert.Contains("the audit log is empty", emptyError, StringComparison.Ordinal);
        Assert.Matches("^2:[0-9a-f]{64}$", kept);
        Assert.Contains("row 2 written ", headText, StringComparison.Ordinal);
        Assert.Contains("audit log OK: 2 rows checked, the chain holds to row 2", verifyText, StringComparison.Ordinal);
        Assert.Contains($"the kept head {kept} is in the chain", verifyText, StringComparison.Ordinal);
        Assert.Contains("is not an audit head", badHeadError, StringComparison.Ordinal);

        await using (var owner = new SqliteConnection(db))
        {
            await owner.OpenAsync();
            await using var edit = owner.CreateCommand();
            edit.CommandText = "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = '某人' WHERE id = 1;";
            await edit.ExecuteNonQueryAsync();
        }

        var (broken, brokenText, _) = await Cli.RunAsync("audit", "verify", "--db", db);

        Assert.Equal(ExitCodes.BadInput, broken);
        Assert.Contains("audit log BROKEN (changed): row 1 (", brokenText, StringComparison.Ordinal);
        Assert.Contains(
            "actor 某人): its content does not match its hash — changed after it was written",
            brokenText,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_against_a_kept_head_exits_1_when_the_owner_rewrote_the_log_and_recomputed_its_hashes()
    {
        var db = $"Data Source={Path.Combine(_folder, "q.db")}";
        Assert.Equal(ExitCodes.Success, (await Cli.RunAsync("export", "audit", "--db", db)).Code);
        var kept = (await Cli.RunAsync("audit", "head", "--db", db)).Output.Split('\n')[0].Trim();
        await using (var owner = new SqliteConnection(db))
        {
            await owner.OpenAsync();
            await using var rewrite = owner.CreateCommand();
            rewrite.CommandText = "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = '某人', hash = @hash WHERE id = 1;";
            rewrite.Parameters.AddWithValue("@hash", Rehash(owner));
            await rewrite.ExecuteNonQueryAsync();
        }

        var (alone, _, _) = await Cli.RunAsync("audit", "verify", "--db", db);
        var (against, text, _) = await Cli.RunAsync("audit", "verify", "--db", db, "--head", kept);

        Assert.Equal((ExitCodes.Success, ExitCodes.BadInput), (alone, against));
        Assert.Contains("audit log BROKEN (rewritten): row 1 (", text, StringComparison.Ordinal);
        Assert.Contains("the log was rewritten at or before row 1 and its hashes recomputed", text, StringComparison.Ordinal);
    }

    // What the owner computes, knowing the (public) algorithm: row 1 with the new actor, hashed on the genesis.
    private static string Rehash(SqliteConnection owner)
    {
        using var read = owner.CreateCommand();
        read.CommandText = "SELECT at, role, operation, entities, address FROM audit_log WHERE id = 1";
        using var reader = read.ExecuteReader();
        reader.Read();
        return Store.Security.AuditChain.Hash(Store.Security.AuditChain.Genesis, new Store.Security.AuditRow
        {
            Id = 1,
            At = reader.GetDateTime(0),
            Actor = "某人",
            Role = reader.GetString(1),
            Operation = reader.GetString(2),
            Entities = reader.GetString(3),
            Address = reader.GetString(4),
        });
    }
}
