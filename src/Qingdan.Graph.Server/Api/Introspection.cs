using GraphQL.Types;

namespace Qingdan.Graph.Server.Api;

/// <summary>The schema's own fields (<c>__schema</c>, <c>__type</c>, <c>__typename</c> and the fields of the <c>__</c> types): they read
/// the schema, never the store.</summary>
internal static class Introspection
{
    public static bool Covers(FieldType field, IGraphType parent) =>
        field.Name.StartsWith("__", StringComparison.Ordinal) || parent.Name.StartsWith("__", StringComparison.Ordinal);
}
