using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Store.Findings;

/// <summary>
/// The finding body's JSON, source-generated: snake_case names, rules and link kinds by name. The store
/// writes it and the API reads it with <see cref="Body"/>, which adds what attributes cannot say: non-ASCII
/// text as is (names are Chinese), an entity's identifier fields on its kind only, and a link's
/// <c>date</c> on transactions only — so the text is what findings.md has always been.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UseStringEnumConverter = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(FindingBody))]
public sealed partial class FindingBodyJson : JsonSerializerContext
{
    /// <summary>The body's contract, as the store writes and reads it.</summary>
    public static JsonTypeInfo<FindingBody> Body => Stored.Body;

    private static void WrittenWhere(JsonTypeInfo info)
    {
        foreach (var property in info.Properties)
        {
            property.ShouldSerialize = (info.Type, property.Name) switch
            {
                (var t, "id_number") when t == typeof(FindingEntityBody) => (entity, _) => ((FindingEntityBody)entity)
                    .Kind == Kind(NodeKind.Person),
                (var t, "credit_code" or "credit_code_status") when t
                    == typeof(FindingEntityBody) => (entity, _) => ((FindingEntityBody)entity).Kind == Kind(NodeKind.Company),
                (var t, "date") when t == typeof(EvidenceLinkBody) => (link, _) => ((EvidenceLinkBody)link)
                    .Kind == Core.Model.LinkKind.Transaction,
                (var t, "report") when t == typeof(EvidencePathBody) => (path, _) => ((EvidencePathBody)path).Report is not null,
                (var t, "reports") when t == typeof(FindingBody) => (body, _) => ((FindingBody)body).Rule == Core.Rules.RuleId.REP,
                (var t, "regulation") when t == typeof(ClauseBody) => (clause, _) => ((ClauseBody)clause).Regulation is not null,
                _ => property.ShouldSerialize,
            };
        }
    }

    private static string Kind(NodeKind kind) => Wire.Name(kind);

    // Apart from the generated part, whose Default a static field initialiser here could find still unset.
    private static class Stored
    {
        public static readonly JsonTypeInfo<FindingBody> Body = (JsonTypeInfo<FindingBody>)new JsonSerializerOptions(Default.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = Default.WithAddedModifier(WrittenWhere),
        }.GetTypeInfo(typeof(FindingBody));
    }
}
