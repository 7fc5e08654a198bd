using System.Globalization;
using Qingdan.Graph.Ingest.Bundles;
using Qingdan.Graph.Ingest.Csv;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Qingdan.Graph.Ingest.Mappings;

/// <summary>
/// Reads a mapping file (mapping.md) through YamlDotNet's representation model, which keeps every
/// node's line, and checks everything that can be checked without the delivered files: keys, kinds,
/// fields, records pointed at, vocabularies, regexes and date patterns. Every problem found is
/// reported at once, each at its line, in a <see cref="MappingException"/>.
/// </summary>
public static partial class MappingFileReader
{
    private static readonly string[] TopKeys = ["registry", "source", "as_of", "mode", "id", "tables"];
    private static readonly string[] TableKeys = ["file", "sheet", "header", "encoding", "where", "records"];
    private static readonly string[] RecordKeys = ["kind", "ref", "fields", "when"];

    /// <summary>Reads and checks a mapping file.</summary>
    public static MappingFile Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new MappingException([new MappingProblem(name, 0, "no such mapping file")]);
        }

        var parser = new Parser(name);
        YamlNode? root;
        try
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true))
            {
                stream.Load(reader);
            }

            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException error)
        {
            throw new MappingException([new MappingProblem(name, (int)error.Start.Line, $"not valid YAML: {error.Message}")]);
        }
        catch (InvalidOperationException error)
        {
            // YamlDotNet's scanner gives up this way on some unterminated constructs, without a position.
            throw new MappingException([new MappingProblem(
                name,
                0,
                $"not valid YAML: the parser stopped ({error.Message}); look for an unclosed bracket or quote")]);
        }

        var mapping = parser.File(root, path);
        if (parser.Problems.Count > 0 || mapping is null)
        {
            throw new MappingException(parser.Problems);
        }

        return mapping;
    }

    private sealed partial class Parser(string file)
    {
        public List<MappingProblem> Problems { get; } = [];

        public MappingFile? File(YamlNode? root, string path)
        {
            if (root is not YamlMappingNode top)
            {
                Problem(root, "a mapping is a YAML mapping with registry, source, as_of, mode, id and tables");
                return null;
            }

            var keys = Keys(top, TopKeys, "the mapping");
            var registry = Scalar(keys, "registry");
            if (string.IsNullOrWhiteSpace(registry))
            {
                Problem(
                    keys.GetValueOrDefault("registry") ?? top,
                    "'registry' is required: the name of the source (cadre, company, finance, …); refs are scoped by it");
            }

            DateOnly? asOf = null;
            if (Scalar(keys, "as_of") is { Length: > 0 } asOfText)
            {
                if (FieldParsers.TryParseDate(asOfText, out var day))
                {
                    asOf = day;
                }
                else
                {
                    Problem(keys["as_of"], $"'as_of' '{asOfText}' is not a date (YYYY-MM-DD)");
                }
            }

            var mode = (Scalar(keys, "mode") ?? "delta").Trim().ToLowerInvariant();
            if (mode is not ("delta" or "snapshot"))
            {
                Problem(keys["mode"], $"'mode' '{mode}' is not delta or snapshot");
            }
            else if (mode == "snapshot" && asOf is null)
            {
                Problem(keys["mode"], "a snapshot mapping needs 'as_of': facts the registry no longer states are closed on that day");
            }

            var tables = new List<TableMapping>();
            if (!keys.TryGetValue("tables", out var tablesNode) || tablesNode is not YamlSequenceNode { Children.Count: > 0 } sequence)
            {
                Problem(
                    keys.GetValueOrDefault("tables") ?? top,
                    "'tables' is required: a list of the delivered files and the records their rows make");
            }
            else
            {
                foreach (var table in sequence.Children)
                {
                    if (Table(table) is { } parsed)
                    {
                        tables.Add(parsed);
                    }
                }
            }

            var id = Scalar(keys, "id");
            var manifest = new Manifest
            {
                Registry = registry?.Trim() ?? string.Empty,
                Source = Scalar(keys, "source"),
                AsOf = asOf,
                Id = string.IsNullOrWhiteSpace(id) ? Path.GetFileNameWithoutExtension(path) : id.Trim(),
                IsSnapshot = mode == "snapshot",
            };
            return new MappingFile(path, manifest, tables);
        }

        private TableMapping? Table(YamlNode node)
        {
            if (node is not YamlMappingNode map)
            {
                Problem(node, "a table is a mapping with file, sheet, header, encoding, where and records");
                return null;
            }

            var keys = Keys(map, TableKeys, "a table");
            var files = Scalar(keys, "file");
            if (string.IsNullOrWhiteSpace(files))
            {
                Problem(
                    keys.GetValueOrDefault("file") ?? map,
                    "'file' is required: the delivered file, or a glob relative to the mapping's folder");
            }

            int? header = null;
            if (Scalar(keys, "header") is { } headerText)
            {
                if (int.TryParse(headerText, NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row >= 1)
                {
                    header = row;
                }
                else
                {
                    Problem(keys["header"], $"'header' '{headerText}' is not a row number (1 is the first row)");
                }
            }

            var encoding = (Scalar(keys, "encoding") ?? "utf-8").Trim().ToLowerInvariant() switch
            {
                "utf-8" or "utf8" or "utf-8-sig" => "utf-8",
                "gb18030" or "gbk" or "gb2312" => "gb18030",
                var other => Fail(keys["encoding"], $"'encoding' '{other}' is not supported: use utf-8 or gb18030"),
            };
            var where = keys.TryGetValue("where", out var whereNode) ? Condition(whereNode, "where") : null;
            var records = new List<RecordMapping>();
            if (!keys.TryGetValue("records", out var recordsNode) || recordsNode is not YamlMappingNode { Children.Count: > 0 } recordsMap)
            {
                Problem(
                    keys.GetValueOrDefault("records") ?? map,
                    "'records' is required: each record a row makes, by name (official: {kind: people, …})");
            }
            else
            {
                foreach (var (key, value) in recordsMap.Children)
                {
                    if (Record(key, value) is { } record)
                    {
                        records.Add(record);
                    }
                }
            }

            var table = new TableMapping(
                Line(map),
                files?.Trim() ?? string.Empty,
                Scalar(keys, "sheet")?.Trim(),
                header,
                encoding ?? "utf-8",
                where,
                records);
            return Check(table);
        }

        private RecordMapping? Record(YamlNode key, YamlNode node)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (node is not YamlMappingNode map)
            {
                Problem(node, $"record '{name}' is a mapping with kind, ref, fields and when");
                return null;
            }

            var keys = Keys(map, RecordKeys, $"record '{name}'");
            var kind = Scalar(keys, "kind")?.Trim();
            BundleFile? file = null;
            if (string.IsNullOrEmpty(kind))
            {
                Problem(keys.GetValueOrDefault("kind") ?? map, $"record '{name}' needs a 'kind': one of {KindList()}");
            }
            else if ((file = BundleFiles.ByKind(kind)) is null)
            {
                Problem(keys["kind"], $"kind '{kind}' does not exist: the kinds are {KindList()}");
            }

            var refColumns = new List<string>();
            if (keys.TryGetValue("ref", out var refNode))
            {
                switch (refNode)
                {
                    case YamlScalarNode { Value: { Length: > 0 } single }:
                        refColumns.Add(single.Trim());
                        break;
                    case YamlSequenceNode columns when columns.Children.Count > 0:
                        foreach (var column in columns.Children)
                        {
                            if (column is YamlScalarNode { Value: { Length: > 0 } text })
                            {
                                refColumns.Add(text.Trim());
                            }
                            else
                            {
                                Problem(column, "a ref column is a column name");
                            }
                        }

                        break;
                    default:
                        Problem(refNode, "'ref' is a list of the columns whose values, joined, are the record's ref");
                        break;
                }

                if (file is { HasRef: false })
                {
                    Problem(refNode, $"kind {file.Kind} has no ref: its records are facts, identified by what they say");
                }
            }
            else if (file is { HasRef: true })
            {
                Problem(map, $"record '{name}' of kind {file.Kind} needs a 'ref': the columns that identify it within the registry");
            }

            var fields = new List<FieldMapping>();
            if (keys.TryGetValue("fields", out var fieldsNode))
            {
                if (fieldsNode is YamlMappingNode fieldsMap)
                {
                    foreach (var (fieldKey, fieldValue) in fieldsMap.Children)
                    {
                        var column = (fieldKey as YamlScalarNode)?.Value?.Trim() ?? string.Empty;
                        if (file?.Columns.Contains(column) == false)
                        {
                            Problem(fieldKey, column == "ref" && file.HasRef
                                ? $"record '{name}': the ref comes from 'ref:', not from a field"
                                : $"kind {file.Kind} has no field '{column}': its fields are " +
                                    $"{string.Join(", ", file.Columns.Where(c => c != "ref"))}");
                            continue;
                        }

                        if (Value(fieldValue, $"{name}.{column}") is { } value)
                        {
                            fields.Add(new FieldMapping(Line(fieldKey), column, value));
                        }
                    }
                }
                else if (fieldsNode is not YamlScalarNode { Value: "" or "~" or "null" })
                {
                    Problem(fieldsNode, $"record '{name}': 'fields' is a mapping of the kind's columns to values ({{}} for none)");
                }
            }

            var when = keys.TryGetValue("when", out var whenNode) ? Condition(whenNode, "when") : null;
            return file is null ? null : new RecordMapping(Line(key), name, file, refColumns, fields, when);
        }

        private Dictionary<string, YamlNode> Keys(YamlMappingNode map, string[] known, string what)
        {
            var keys = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            foreach (var (key, value) in map.Children)
            {
                var name = (key as YamlScalarNode)?.Value ?? string.Empty;
                if (!known.Contains(name))
                {
                    Problem(key, $"unknown key '{name}' in {what} (its keys are {string.Join(", ", known)})");
                    continue;
                }

                keys[name] = value;
            }

            return keys;
        }

        private string? Scalar(Dictionary<string, YamlNode> keys, string key)
        {
            if (!keys.TryGetValue(key, out var node))
            {
                return null;
            }

            if (node is YamlScalarNode scalar)
            {
                return IsNull(scalar) ? null : scalar.Value;
            }

            Problem(node, $"'{key}' is a single value, not a list or a mapping");
            return null;
        }

        private static bool IsNull(YamlScalarNode scalar) =>
            scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

        private static string KindList() => string.Join(", ", BundleFiles.All.Select(f => f.Kind));

        private string? Fail(YamlNode node, string reason)
        {
            Problem(node, reason);
            return null;
        }

        private void Problem(YamlNode? node, string reason)
            => Problems.Add(new MappingProblem(file, node is null ? 0 : Line(node), reason));

        private void Problem(int line, string reason) => Problems.Add(new MappingProblem(file, line, reason));

        private static int Line(YamlNode node) => (int)node.Start.Line;
    }
}
