using Qingdan.Graph.Ingest.Resolution;

namespace Qingdan.Graph.Store.Resolution;

/// <summary>
/// The records one resolution run resolves: their features, and the entity and rule each stored one has now
/// (null for a new record).
/// </summary>
internal sealed class ResolutionInput
{
    public List<ResolutionRecord> Records { get; } = [];

    public Dictionary<long, long?> Current { get; } = [];

    public Dictionary<long, string?> Rules { get; } = [];

    public void Add(ResolutionRecord record, long? entity, string? rule)
    {
        Records.Add(record);
        Current[record.Id] = entity;
        Rules[record.Id] = rule;
    }
}
