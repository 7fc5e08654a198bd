namespace Qingdan.Graph.Ingest.Mappings;

/// <summary>One field of a record: the bundle column it fills and the value that fills it.</summary>
internal sealed record FieldMapping(int Line, string Column, ValueExpression Value);
