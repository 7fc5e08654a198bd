namespace Qingdan.Graph.Server.Api.Reports.Stats;

/// <summary>A value a group is keyed by: what its field shows (an enum value, a word, a number, an id) and, for an entity, its
/// name, shown in the dimension's name field.</summary>
internal readonly record struct StatKey(object Value, string? Label = null)
{
    /// <summary>The key of a value, or null when the row has none.</summary>
    public static StatKey? Of(object? value, string? label = null) => value is null ? null : new StatKey(value, label);
}
