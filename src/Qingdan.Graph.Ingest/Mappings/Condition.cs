namespace Qingdan.Graph.Ingest.Mappings;

/// <summary>How a condition compares a cell.</summary>
internal enum ConditionTest
{
    EqualsValue,
    In,
    NotIn,
    Contains,
    NotEmpty,
    Empty,
}

/// <summary>A test of one cell (<c>where</c>, a record's <c>when</c>, a value's <c>when</c>): the cell's trimmed text against the values
/// given, without regard to case.</summary>
internal sealed record Condition(int Line, string Column, ConditionTest Test, IReadOnlyList<string> Values)
{
    public bool Holds(string? text) => Test switch
    {
        ConditionTest.EqualsValue => text is not null && string.Equals(text, Values[0], StringComparison.OrdinalIgnoreCase),
        ConditionTest.In => text is not null && Values.Contains(text, StringComparer.OrdinalIgnoreCase),
        ConditionTest.NotIn => text is null || !Values.Contains(text, StringComparer.OrdinalIgnoreCase),
        ConditionTest.Contains => text is not null && Values.Any(v => text.Contains(v, StringComparison.OrdinalIgnoreCase)),
        ConditionTest.NotEmpty => text is not null,
        _ => text is null,
    };
}
