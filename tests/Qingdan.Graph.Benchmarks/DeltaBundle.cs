using System.Globalization;
using Npgsql;
using Qingdan.Graph.Core.Identifiers;

namespace Qingdan.Graph.Benchmarks;

/// <summary>
/// A day's delta from a registry the store has not seen ("daily"), written against a loaded store: of
/// every record kind (people, companies, agencies, decisions) and the links between them; most people
/// and companies are ones the store holds (same name and number, so they join their entities), the rest
/// are new under names the store already has (so they join crowded name groups).
/// </summary>
internal static class DeltaBundle
{
    public static async Task<string> WriteAsync(string connectionString, string folder, int rows, string name)
    {
        // Per 1,000 rows: 250 people, 120 companies, 10 agencies, 60 decisions; 560 links.
        int Share(int perThousand) => Math.Max(1, rows * perThousand / 1000);
        var path = Path.Combine(folder, name);
        if (Directory.Exists(path))
        {
            return path;
        }

        var people = await SampleAsync(connectionString, 1, Share(250));
        var companies = await SampleAsync(connectionString, 2, Share(120));
        var agencies = await SampleAsync(connectionString, 3, Share(10));
        Directory.CreateDirectory(path);
        var random = new Random(rows);
        File.WriteAllText(
            Path.Combine(path, "manifest.json"),
            "{ \"registry\": \"daily\", \"source\": \"bench\", \"as_of\": \"2026-07-01\", \"encoding\": \"utf-8\", \"mode\": \"delta\" }");
        var personLines = people.Select((p, i) => i % 10 < 7
            ? $"dp{i},{p.Name},{p.Identifier},,"
            : $"dp{i},{p.Name},{IdentityNumber.Create("440802", Birth(random), random.Next(1000)).Value},,");
        Write(path, "people.csv", "ref,name,id_number,birth_date,gender", personLines);
        Write(path, "companies.csv", "ref,name,credit_code", companies.Select((c, i) => i % 10 < 7
            ? $"dc{i},{c.Name},{c.Identifier}"
            : $"dc{i},{c.Name}新{i},{CreditCode.Create(string.Create(CultureInfo.InvariantCulture, $"91440802MB{i:D7}")).Value}"));
        Write(path, "agencies.csv", "ref,name,code,region_code", agencies.Select((a, i) => $"da{i},{a.Name},{a.Identifier},440800"));
        var decisions = Share(60);
        Write(path, "decisions.csv", "ref,kind,agency_ref,beneficiary_ref,title,amount,decided_date,method,bidders",
            Enumerable.Range(0, decisions).Select(i => string.Create(CultureInfo.InvariantCulture,
                $"dd{i},license,da{i % agencies.Count},dc{random.Next(companies.Count)},许可{i},{random.Next(10_000, 900_000)}," +
                    $"2026-06-{1 + (i % 28):D2},,")));
        Write(path, "decision_officials.csv", "decision_ref,person_ref,role",
            Enumerable.Range(0, Share(110)).Select(i => $"dd{i % decisions},dp{random.Next(people.Count)},approver"));
        Write(path, "positions.csv", "person_ref,agency_ref,title,start_date,end_date,powers",
            Enumerable.Range(0, Share(150)).Select(i => $"dp{i % people.Count},da{i % agencies.Count},科员,2024-01-01,,license"));
        Write(path, "family.csv", "person_ref,relative_ref,relation,start_date,end_date",
            Enumerable.Range(0, Share(150)).Select(_ => $"dp{random.Next(people.Count)},dp{random.Next(people.Count)},sibling,,"));
        Write(path, "shareholdings.csv", "holder_ref,holder_kind,company_ref,share,start_date",
            Enumerable.Range(0, Share(150)).Select(_ => string.Create(CultureInfo.InvariantCulture,
                $"dp{random.Next(people.Count)},person,dc{random.Next(companies.Count)},{random.Next(1, 60)}%,2025-01-01")));
        return path;
    }

    private static DateOnly Birth(Random random) => new DateOnly(1960, 1, 1).AddDays(random.Next(15_000));

    private static void Write(string folder, string file, string header, IEnumerable<string> lines) =>
        File.WriteAllLines(Path.Combine(folder, file), [header, .. lines]);

    /// <summary>Records of one kind spread over the store, the same ones every run.</summary>
    private static async Task<List<(string Name, string? Identifier)>> SampleAsync(string connectionString, int kind, int count)
    {
        var sample = new List<(string, string?)>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT name, CASE WHEN identifier_status = 'Valid' THEN identifier END FROM source_records WHERE kind = @kind " +
                "ORDER BY md5(id::text) LIMIT @count",
            connection);
        command.Parameters.AddWithValue(nameof(kind), (short)kind);
        command.Parameters.AddWithValue(nameof(count), count);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            sample.Add((reader.GetString(0).Replace(",", "，", StringComparison.Ordinal), reader.IsDBNull(1) ? null : reader.GetString(1)));
        }

        return sample;
    }
}
