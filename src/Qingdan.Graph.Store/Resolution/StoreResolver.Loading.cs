using Qingdan.Graph.Ingest.Resolution;
using Qingdan.Graph.Store.Ingest.Writing;

namespace Qingdan.Graph.Store.Resolution;

internal sealed partial class StoreResolver
{
    /// <summary>Every stored record's features, and the batch's new records: the full path, one scan.</summary>
    private async Task<ResolutionInput> LoadFeaturesAsync(CancellationToken cancellationToken)
    {
        var input = new ResolutionInput();
        await using (var command = db.Command($"SELECT {FeatureRows.Columns} FROM source_records r"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var (record, entity, rule) = FeatureRows.Read(reader);
                input.Add(record, entity, rule);
            }
        }

        foreach (var record in _added.Values)
        {
            input.Add(record.Features(), null, null);
        }

        return input;
    }

    private async Task<List<MatchDecision>> LoadDecisionsAsync(CancellationToken cancellationToken)
    {
        // The latest decision about a pair is the one that holds. Decisions are a person's, few beside the records: all are read.
        var latest = new Dictionary<(long, long), MatchDecision>();
        await using var command = db.Command("SELECT record_a_id, record_b_id, same FROM match_decisions ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var a = reader.Long(0)!.Value;
            var b = reader.Long(1)!.Value;
            latest[(Math.Min(a, b), Math.Max(a, b))] = new MatchDecision(a, b, reader.Bool(2)!.Value);
        }

        return latest.Values.ToList();
    }
}
