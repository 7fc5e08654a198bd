using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Qingdan.Graph.Ingest.Mappings;

public static partial class MappingFileReader
{
    private static readonly string[] SourceKeys = ["column", "literal", "record", "columns", "when"];
    private static readonly string[] ValueKeys = ["column", "literal", "record", "columns", "join", "when", "then", "else", "extract", "map", "default", "date", "amount", "share", "list", "split"];
    private static readonly string[] ConditionKeys = ["column", "equals", "in", "not_in", "contains", "not_empty", "empty"];

    private sealed partial class Parser
    {
        private ValueExpression? Value(YamlNode node, string where)
        {
            if (node is YamlScalarNode scalar)
            {
                if (IsNull(scalar) || string.IsNullOrWhiteSpace(scalar.Value))
                {
                    Problem(node, $"{where}: a value is a column, or a mapping ({{column: …}}, {{literal: …}}, {{record: …}}, {{columns: " +
                        "[…]}, {when: …})");
                    return null;
                }

                return new ValueExpression(new ColumnSource(Line(node), scalar.Value!.Trim()), ValueTransforms.None);
            }

            if (node is not YamlMappingNode map)
            {
                Problem(node, $"{where}: a value is a column or a mapping, not a list");
                return null;
            }

            var keys = Keys(map, ValueKeys, $"the value of {where}");
            var sources = SourceKeys.Where(keys.ContainsKey).ToList();
            if (sources.Count == 0 && keys.Count < map.Children.Count)
            {
                // An unknown key was reported; most likely the source's key misspelt.
                return null;
            }

            if (sources.Count != 1)
            {
                Problem(map, sources.Count == 0
                    ? $"{where}: a value needs one of column, literal, record, columns or when"
                    : $"{where}: a value has one source, not {string.Join(" and ", sources)}");
                return null;
            }

            if (keys.TryGetValue("join", out var join) && sources[0] != "columns")
            {
                Problem(join, $"{where}: 'join' goes with 'columns'");
            }

            foreach (var branch in new[] { "then", "else" })
            {
                if (keys.TryGetValue(branch, out var stray) && sources[0] != "when")
                {
                    Problem(stray, $"{where}: '{branch}' goes with 'when'");
                }
            }

            ValueSource? source = sources[0] switch
            {
                "column" => Scalar(keys, "column") is { Length: > 0 } column
                    ? new ColumnSource(Line(keys["column"]), column.Trim())
                    : Missing(keys["column"], $"{where}: 'column' names a column"),
                "literal" => new LiteralSource(Line(keys["literal"]), Scalar(keys, "literal") ?? string.Empty),
                "record" => Scalar(keys, "record") is { Length: > 0 } record
                    ? new RecordSource(Line(keys["record"]), record.Trim())
                    : Missing(keys["record"], $"{where}: 'record' names a record of the table"),
                "columns" => Columns(keys, where),
                _ => Choice(keys, where),
            };
            var transforms = Transforms(keys, where);
            return source is null || transforms is null ? null : new ValueExpression(source, transforms);
        }

        private ColumnsSource? Columns(Dictionary<string, YamlNode> keys, string where)
        {
            if (keys["columns"] is not YamlSequenceNode { Children.Count: > 0 } list
                || list.Children.Any(c => c is not YamlScalarNode { Value.Length: > 0 }))
            {
                Problem(keys["columns"], $"{where}: 'columns' is a list of column names");
                return null;
            }

            return new ColumnsSource(
                Line(keys["columns"]),
                list.Children.Select(c => ((YamlScalarNode)c).Value!.Trim()).ToList(),
                keys.ContainsKey("join") ? ((keys["join"] as YamlScalarNode)?.Value ?? string.Empty) : string.Empty);
        }

        private ChoiceSource? Choice(Dictionary<string, YamlNode> keys, string where)
        {
            var when = Condition(keys["when"], "when");
            if (!keys.TryGetValue("then", out var thenNode))
            {
                Problem(keys["when"], $"{where}: a 'when' value needs 'then' (and may have 'else')");
                return null;
            }

            var then = Value(thenNode, where);
            var otherwise = keys.TryGetValue("else", out var elseNode) ? Value(elseNode, where) : null;
            return when is null || then is null || (elseNode is not null && otherwise is null)
                ? null
                : new ChoiceSource(Line(keys["when"]), when, then, otherwise);
        }

        private ValueTransforms? Transforms(Dictionary<string, YamlNode> keys, string where)
        {
            var ok = true;
            Regex? extract = null;
            if (Scalar(keys, "extract") is { } pattern)
            {
                try
                {
                    extract = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                }
                catch (ArgumentException error)
                {
                    Problem(keys["extract"], $"{where}: 'extract' '{pattern}' is not a valid regular expression: {error.Message}");
                    ok = false;
                }
            }

            var vocabularies = new List<Vocabulary>();
            if (keys.TryGetValue("map", out var mapNode))
            {
                ok &= Vocabularies(mapNode, vocabularies, where);
            }

            if (keys.TryGetValue("default", out var defaultNode) && !keys.ContainsKey("map"))
            {
                Problem(defaultNode, $"{where}: 'default' goes with 'map'");
                ok = false;
            }

            DatePattern? date = null;
            if (Scalar(keys, "date") is { } dateText)
            {
                date = DatePattern.Parse(dateText, out var problem);
                if (date is null)
                {
                    Problem(keys["date"], $"{where}: {problem}");
                    ok = false;
                }
            }

            AmountUnit? amount = Scalar(keys, "amount")?.Trim() switch
            {
                null => null,
                "元" or "yuan" => AmountUnit.Yuan,
                "万元" => AmountUnit.TenThousand,
                "亿元" => AmountUnit.HundredMillion,
                "auto" => AmountUnit.Auto,
                var other => Bad<AmountUnit>(keys["amount"], $"{where}: 'amount' '{other}' is not 元, 万元, 亿元 or auto", ref ok),
            };
            bool? fraction = Scalar(keys, "share")?.Trim() switch
            {
                null => null,
                "percent" => false,
                "fraction" => true,
                var other => Bad<bool>(keys["share"], $"{where}: 'share' '{other}' is not percent or fraction", ref ok),
            };
            var list = Separators(keys, "list", where, ref ok);
            var split = Separators(keys, "split", where, ref ok);
            if (list is not null && split is not null)
            {
                Problem(keys["split"], $"{where}: a value is a list or a split, not both");
                ok = false;
            }

            if (!ok)
            {
                return null;
            }

            var transforms = new ValueTransforms
            {
                Extract = extract,
                Map = vocabularies,
                HasDefault = defaultNode is not null,
                Default = defaultNode is YamlScalarNode d && !IsNull(d) ? d.Value : null,
                Date = date,
                Amount = amount,
                ShareFraction = fraction,
                List = list,
                Split = split,
            };
            return transforms.IsNone ? ValueTransforms.None : transforms;
        }

        private bool Vocabularies(YamlNode node, List<Vocabulary> into, string where)
        {
            switch (node)
            {
                case YamlScalarNode { Value: { Length: > 0 } name }:
                    if (Mappings.Vocabularies.Find(name.Trim()) is { } builtIn)
                    {
                        into.Add(builtIn);
                        return true;
                    }

                    Problem(node, $"{where}: there is no vocabulary '{name}': the built-in ones are " +
                        $"{string.Join(", ", Mappings.Vocabularies.Names)}, or write the words inline ({{配偶: spouse}})");
                    return false;
                case YamlMappingNode words:
                    var entries = new List<KeyValuePair<string, string>>();
                    foreach (var (word, value) in words.Children)
                    {
                        if (word is not YamlScalarNode { Value: { Length: > 0 } w } || value is not YamlScalarNode v)
                        {
                            Problem(word, $"{where}: an inline vocabulary maps words to values (配偶: spouse)");
                            return false;
                        }

                        entries.Add(KeyValuePair.Create(w, v.Value ?? string.Empty));
                    }

                    into.Add(new Vocabulary($"inline (line {Line(node)})", entries) { Line = Line(node) });
                    return true;
                case YamlSequenceNode list when list.Children.Count > 0:
                    var ok = true;
                    foreach (var item in list.Children)
                    {
                        ok &= item is not YamlSequenceNode && Vocabularies(item, into, where);
                    }

                    return ok;
                default:
                    Problem(node, $"{where}: 'map' is a vocabulary's name, inline words ({{配偶: spouse}}), or a list of those");
                    return false;
            }
        }

        private string? Separators(Dictionary<string, YamlNode> keys, string key, string where, ref bool ok)
        {
            if (!keys.TryGetValue(key, out var node))
            {
                return null;
            }

            if (node is YamlScalarNode { Value: { Length: > 0 } separators })
            {
                return separators;
            }

            Problem(node, $"{where}: '{key}' gives the separators between the values in a cell ('、,，;')");
            ok = false;
            return null;
        }

        private Condition? Condition(YamlNode node, string what)
        {
            if (node is not YamlMappingNode map)
            {
                Problem(node, $"'{what}' is a condition: {{column: C, equals: V}} (or in, not_in, contains, not_empty)");
                return null;
            }

            var keys = Keys(map, ConditionKeys, $"a '{what}' condition");
            var column = Scalar(keys, "column");
            if (string.IsNullOrWhiteSpace(column))
            {
                Problem(map, $"'{what}' needs the 'column' it tests");
                return null;
            }

            var tests = ConditionKeys.Skip(1).Where(keys.ContainsKey).ToList();
            if (tests.Count != 1)
            {
                Problem(map, tests.Count == 0
                    ? $"'{what}' needs a test: equals, in, not_in, contains or not_empty"
                    : $"'{what}' has one test, not {string.Join(" and ", tests)}");
                return null;
            }

            var test = tests[0];
            var valueNode = keys[test];
            var values = valueNode switch
            {
                YamlScalarNode scalar => [scalar.Value ?? string.Empty],
                YamlSequenceNode list when list.Children.All(c => c is YamlScalarNode) => list.Children
                    .Select(c => ((YamlScalarNode)c).Value ?? string.Empty)
                    .ToList(),
                _ => (List<string>?)null,
            };
            if (values is null || (test == "equals" && valueNode is not YamlScalarNode))
            {
                Problem(
                    valueNode,
                    $"'{what}': '{test}' takes {(test is "in" or "not_in" or "contains" ? "a value or a list of values" : "one value")}");
                return null;
            }

            ConditionTest kind;
            switch (test)
            {
                case "equals":
                    kind = ConditionTest.EqualsValue;
                    break;
                case "in":
                    kind = ConditionTest.In;
                    break;
                case "not_in":
                    kind = ConditionTest.NotIn;
                    break;
                case "contains":
                    kind = ConditionTest.Contains;
                    break;
                default:
                    var flag = values[0].Trim().ToLowerInvariant();
                    if (flag is not ("true" or "false" or "yes" or "no"))
                    {
                        Problem(valueNode, $"'{what}': '{test}' is true or false");
                        return null;
                    }

                    kind = (flag is "true" or "yes") == (test == "not_empty") ? ConditionTest.NotEmpty : ConditionTest.Empty;
                    break;
            }

            return new Condition(Line(map), column.Trim(), kind, values.ConvertAll(v => v.Trim()));
        }

        private T? Bad<T>(YamlNode node, string reason, ref bool ok)
            where T : struct
        {
            Problem(node, reason);
            ok = false;
            return null;
        }

        private ValueSource? Missing(YamlNode node, string reason)
        {
            Problem(node, reason);
            return null;
        }
    }
}
