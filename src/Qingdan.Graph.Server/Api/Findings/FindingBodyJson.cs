using System.Text.Json.Serialization;

namespace Qingdan.Graph.Server.Api.Findings;

/// <summary>The finding body's JSON, source-generated: snake_case names, link kinds by name.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, UseStringEnumConverter = true, NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(FindingBody))]
internal sealed partial class FindingBodyJson : JsonSerializerContext;
