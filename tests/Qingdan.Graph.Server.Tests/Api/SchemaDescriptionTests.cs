using System.Text;
using System.Text.Json;

namespace Qingdan.Graph.Server.Tests.Api;

/// <summary>The served schema describes itself: every type, field, argument, input field and enum value says what it is.</summary>
[Collection(ApiCollection.Name)]
public sealed class SchemaDescriptionTests(ApiFixture api)
{
    // GraphQL's own scalars and GraphQL.NET's (Decimal, Long) are described by the specification and the library, not by the hub.
    private static readonly HashSet<string> BuiltInScalars = ["String", "Int", "Float", "Boolean", "ID", "Decimal", "Long", "DateTime"];

    [Fact]
    public async Task Every_type_field_argument_and_enum_value_of_the_schema_is_described()
    {
        const string Query = """
            { __schema { description types { kind name description
                fields(includeDeprecated: true) { name description args { name description } }
                inputFields { name description }
                enumValues(includeDeprecated: true) { name description } } } }
            """;
        using var response = await api.Client
            .PostAsync("/graphql", new StringContent(JsonSerializer.Serialize(new { query = Query }), Encoding.UTF8, "application/json"));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var schema = json.RootElement.GetProperty("data").GetProperty("__schema");

        var undescribed = new List<string>();
        if (Blank(schema))
        {
            undescribed.Add("the schema");
        }

        foreach (var type in schema.GetProperty("types").EnumerateArray())
        {
            var name = type.GetProperty("name").GetString()!;
            if (name.StartsWith("__", StringComparison.Ordinal)
                || (type.GetProperty("kind").GetString() == "SCALAR" && BuiltInScalars.Contains(name)))
            {
                continue;
            }

            if (Blank(type))
            {
                undescribed.Add(name);
            }

            foreach (var field in Items(type, "fields"))
            {
                var at = $"{name}.{field.GetProperty("name").GetString()}";
                if (Blank(field))
                {
                    undescribed.Add(at);
                }

                undescribed.AddRange(Items(field, "args").Where(Blank).Select(a => $"{at}({a.GetProperty("name").GetString()})"));
            }

            undescribed.AddRange(Items(type, "inputFields").Where(Blank).Select(f => $"{name}.{f.GetProperty("name").GetString()}"));
            undescribed.AddRange(Items(type, "enumValues").Where(Blank).Select(v => $"{name}.{v.GetProperty("name").GetString()}"));
        }

        Assert.True(undescribed.Count == 0, "Undescribed in the schema: " + string.Join(", ", undescribed));
    }

    private static IEnumerable<JsonElement> Items(JsonElement element, string name) =>
        element.TryGetProperty(name, out var items) && items.ValueKind == JsonValueKind.Array ? items.EnumerateArray() : [];

    private static bool Blank(JsonElement element) =>
        !element.TryGetProperty("description", out var description) || string.IsNullOrWhiteSpace(description.GetString());
}
