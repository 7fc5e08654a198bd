namespace Qingdan.Graph.Ingest.Mappings;

/// <summary>Where a value comes from (mapping.md "Values"), before its transforms.</summary>
internal abstract record ValueSource(int Line);

/// <summary><c>COLUMN</c> or <c>{ column: COLUMN }</c>: the cell's text, trimmed.</summary>
internal sealed record ColumnSource(int Line, string Column) : ValueSource(Line);

/// <summary><c>{ literal: VALUE }</c>: a constant.</summary>
internal sealed record LiteralSource(int Line, string Text) : ValueSource(Line);

/// <summary><c>{ record: NAME }</c>: the ref of another record of the same row.</summary>
internal sealed record RecordSource(int Line, string Record) : ValueSource(Line);

/// <summary><c>{ columns: [A, B], join: " " }</c>: cells joined (the empty ones left out).</summary>
internal sealed record ColumnsSource(int Line, IReadOnlyList<string> Columns, string Join) : ValueSource(Line);

/// <summary><c>{ when: …, then: VALUE, else: VALUE }</c>: a choice per row.</summary>
internal sealed record ChoiceSource(int Line, Condition When, ValueExpression Then, ValueExpression? Else) : ValueSource(Line);

/// <summary>A value and the transforms applied to it, in mapping.md's order.</summary>
internal sealed record ValueExpression(ValueSource Source, ValueTransforms Transforms)
{
    /// <summary>The records this value may point at, through its choices too.</summary>
    public IEnumerable<string> Records() => Source switch
    {
        RecordSource record => [record.Record],
        ChoiceSource choice => choice.Then.Records().Concat(choice.Else?.Records() ?? []),
        _ => [],
    };

    /// <summary>The columns this value reads, through its choices too.</summary>
    public IEnumerable<(string Column, int Line)> Columns() => Source switch
    {
        ColumnSource column => [(column.Column, column.Line)],
        ColumnsSource columns => columns.Columns.Select(c => (c, columns.Line)),
        ChoiceSource choice => new[] { (choice.When.Column, choice.When.Line) }.Concat(choice.Then.Columns())
            .Concat(choice.Else?.Columns() ?? []),
        _ => [],
    };
}
