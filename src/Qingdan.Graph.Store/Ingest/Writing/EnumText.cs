namespace Qingdan.Graph.Store.Ingest.Writing;

/// <summary>
/// An enum value's name as <see cref="Enum.ToString()"/> gives it, from a table made once: ToString boxes
/// the value and looks the name up at each call (twice a record in an ingest).
/// </summary>
internal static class EnumText<T>
    where T : struct, Enum
{
    private static readonly Dictionary<T, string> Names = Enum.GetValues<T>().Distinct().ToDictionary(value => value, value => value.ToString());

    public static string? Of(T? value) => value is { } v ? Names.GetValueOrDefault(v) ?? v.ToString() : null;
}
