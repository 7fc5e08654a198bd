using GraphQL;
using GraphQLParser.AST;

namespace Qingdan.Graph.Server.Api.Reports.Stats;

/// <summary>
/// Which dimensions and measures a stats query reads — in its <c>groupBy</c>, its groups' <c>distinct</c> and
/// <c>sum/avg/min/max(of: …)</c>, its <c>having</c> and its <c>order</c> — and which of its groups' fields it selects, so that a subject loads what only some reports need (a
/// finding's evidence, say) only for those. Unknown (null) when a measure comes in a variable: then everything is loaded.
/// </summary>
internal static class StatUse
{
    public static IReadOnlySet<string>? Of(IResolveFieldContext c, StatQuery query)
    {
        var used = new HashSet<string>(query.GroupBy, StringComparer.Ordinal);
        used.UnionWith(query.Order.Select(o => o.Group).OfType<string>());
        foreach (var term in query.Having.Select(h => h.Term).Concat(query.Order.Select(o => o.Term)).OfType<StatTerm>())
        {
            used.UnionWith(new[] { term.Measure, term.Dimension }.OfType<string>());
        }

        return Walk(c.Document, c.FieldAst.SelectionSet, used, depth: 0) ? used : null;
    }

    /// <summary>Adds each selected field's name, and each <c>of:</c> enum value; false when an <c>of:</c> is a variable.</summary>
    private static bool Walk(GraphQLDocument document, GraphQLSelectionSet? selections, HashSet<string> used, int depth)
    {
        if (selections is null || depth > 8)
        {
            return selections is null;
        }

        foreach (var selection in selections.Selections)
        {
            var known = selection switch
            {
                GraphQLField field => Field(field, used),
                GraphQLInlineFragment inline => Walk(document, inline.SelectionSet, used, depth + 1),
                GraphQLFragmentSpread spread => document.Definitions.OfType<GraphQLFragmentDefinition>()
                    .FirstOrDefault(f => f.FragmentName.Name.StringValue == spread.FragmentName.Name.StringValue) is { } fragment
                    && Walk(document, fragment.SelectionSet, used, depth + 1),
                _ => false,
            };
            if (!known)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Field(GraphQLField field, HashSet<string> used)
    {
        used.Add(field.Name.StringValue);
        foreach (var argument in field.Arguments?.Items ?? [])
        {
            if (argument.Name.StringValue != "of")
            {
                continue;
            }

            if (argument.Value is not GraphQLEnumValue value)
            {
                return false;
            }

            used.Add(value.Name.StringValue);
        }

        return true;
    }
}
