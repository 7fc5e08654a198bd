using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Qingdan.Graph.Server.Api.Schema;

namespace Qingdan.Graph.Server.Api.Reports.Saved;

/// <summary>
/// A saved report's document (docs/reports.md "Saving"): one query operation that parses and passes GraphQL's validation
/// rules against the served schema. Roles and scopes are not checked here: they are checked when the report runs, as the
/// caller who runs it. Anything else is refused with <c>BAD_REPORT</c> and the reason.
/// </summary>
internal static partial class ReportDocument
{
    public const string BadReport = "BAD_REPORT";

    public const int MaxName = 100;

    public const int MaxQuery = 20_000;

    public static ExecutionError Bad(string message) => new(message) { Code = BadReport };

    /// <summary>The name as given, or <c>BAD_REPORT</c>: 1–100 letters, digits, <c>_</c> and <c>-</c>.</summary>
    public static string Name(string? name) => name is { Length: > 0 and <= MaxName } && NamePattern().IsMatch(name)
        ? name
        : throw Bad($"A report's name is 1–{MaxName} letters, digits, '_' or '-'; '{name}' is not.");

    /// <summary>The document's one query operation, checked against the schema.</summary>
    public static async Task<GraphQLOperationDefinition> ValidateAsync(
        QingdanSchema schema, string query, string? variables, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (query.Length > MaxQuery)
        {
            throw Bad($"The document is {query.Length:N0} characters; at most {MaxQuery:N0} are accepted.");
        }

        GraphQLDocument document;
        try
        {
            document = GraphQLParser.Parser.Parse(query);
        }
        catch (GraphQLSyntaxErrorException syntax)
        {
            throw Bad($"The document does not parse: {syntax.Message}");
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        if (operations.Count != 1)
        {
            throw Bad($"A report holds exactly one operation; this document has {operations.Count}.");
        }

        var operation = operations[0];
        if (operation.Operation != OperationType.Query)
        {
            throw Bad($"A report only reads: '{operation.Operation.ToString().ToLowerInvariant()}' operations cannot be saved.");
        }

        Defaults(variables);
        schema.Initialize();
        var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = document,
            Operation = operation,
            Rules = DocumentValidator.CoreRules,
            Variables = Inputs.Empty,
            Extensions = Inputs.Empty,
            RequestServices = services,
            CancellationToken = cancellationToken,
        });
        // Variables are given when the report runs, so a required variable with no value yet is no fault of the document.
        var faults = result.Errors.Where(e => e.Code != "INVALID_VALUE").ToList();
        return faults.Count > 0
            ? throw Bad("The document does not validate: " + string.Join(" ", faults.Select(e => e.Message)))
            : operation;
    }

    /// <summary>The default variables as a JSON object, or <c>BAD_REPORT</c>.</summary>
    public static JsonObject Defaults(string? variables)
    {
        if (string.IsNullOrWhiteSpace(variables))
        {
            return [];
        }

        try
        {
            return JsonNode.Parse(variables, documentOptions: new JsonDocumentOptions { MaxDepth = GraphQLHttp.MaxJsonDepth }) as JsonObject
                ?? throw Bad("The variables are a JSON object, e.g. {\"year\": 2025}.");
        }
        catch (JsonException bad)
        {
            throw Bad($"The variables are not JSON: {bad.Message}");
        }
    }

    /// <summary>The defaults with the given variables laid over them, as JSON object text (null when there are none).</summary>
    public static string? Merge(string? defaults, string? overrides)
    {
        var merged = Defaults(defaults);
        foreach (var (key, value) in Defaults(overrides))
        {
            merged[key] = value?.DeepClone();
        }

        return merged.Count == 0 ? null : merged.ToJsonString();
    }

    /// <summary>The operation's variable definitions as the report's parameters.</summary>
    public static IEnumerable<ReportParameter> Parameters(string query)
    {
        GraphQLDocument document;
        try
        {
            document = GraphQLParser.Parser.Parse(query);
        }
        catch (GraphQLSyntaxErrorException)
        {
            yield break;
        }

        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().FirstOrDefault();
        foreach (var variable in operation?.Variables?.Items ?? [])
        {
            yield return new ReportParameter(
                variable.Variable.Name.StringValue,
                query[variable.Type.Location.Start..variable.Type.Location.End],
                variable.DefaultValue is { } value ? query[value.Location.Start..value.Location.End] : null,
                variable.Type is GraphQLNonNullType && variable.DefaultValue is null);
        }
    }

    /// <summary>A query string value (<c>var.year=2025</c>) as JSON of the variable's declared type: Int and Float numbers,
    /// Boolean true/false, lists split on commas, anything else (String, ID, Date, enums) text.</summary>
    public static JsonNode? Typed(string type, string text)
    {
        var bare = type.TrimEnd('!').Trim();
        if (bare.StartsWith('[') && bare.EndsWith(']'))
        {
            var inner = bare[1..^1];
            return new JsonArray([.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(item => Typed(inner, item))]);
        }

        return bare switch
        {
            "Int" => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i)
                ? JsonValue.Create(i)
                : throw Bad($"'{text}' is not an Int."),
            "Float" or "Decimal" => decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                ? JsonValue.Create(d)
                : throw Bad($"'{text}' is not a number."),
            "Boolean" => bool.TryParse(text, out var b) ? JsonValue.Create(b) : throw Bad($"'{text}' is not true or false."),
            _ => JsonValue.Create(text),
        };
    }

    [GeneratedRegex(@"^[\p{L}\p{N}_-]+$")]
    private static partial Regex NamePattern();
}
