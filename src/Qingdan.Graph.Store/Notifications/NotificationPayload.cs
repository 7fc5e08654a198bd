using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Store.Findings;

namespace Qingdan.Graph.Store.Notifications;

/// <summary>
/// The JSON a notification delivers (docs/notifications.md "Payload"): snake_case, non-ASCII text as is, as the finding
/// bodies are. The notification's own id is not in it (it is not known until the row is written): the webhook body and the
/// subscription add it.
/// </summary>
internal static class NotificationPayload
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Finding(
        NotificationEvent notice,
        WatchRow watch,
        EntityId entity,
        string? entityName,
        FindingRow finding,
        FindingBody body,
        string? agencyName,
        bool masked)
    {
        return Write(notice, watch, entity, entityName, json =>
        {
            json.WriteString("sweep", $"s_{notice.SweepId}");
            json.WriteStartObject("finding");
            json.WriteString("id", finding.Name);
            json.WriteString("rule", finding.Rule.ToString());
            json.WriteString("severity", Wire.Name(finding.Severity));
            Strings(json, "variants", body.Variants);
            Strings(json, "relations", body.Relations);
            if (finding.Amount is { } amount)
            {
                json.WriteNumber("amount", amount);
            }

            json.WriteString("triage_status", Wire.Name(finding.TriageStatus));
            json.WriteBoolean("active", finding.Active);
            json.WriteStartObject("official");
            json.WriteString("id", body.Official.Id);
            json.WriteString("name", body.Official.Name);
            json.WriteString("id_number", masked ? Mask(body.Official.IdNumber) : body.Official.IdNumber);
            json.WriteEndObject();
            json.WriteStartObject("company");
            json.WriteString("id", body.Company.Id);
            json.WriteString("name", body.Company.Name);
            json.WriteString("credit_code", body.Company.CreditCode);
            json.WriteEndObject();
            if (finding.AgencyId is { } agency)
            {
                json.WriteStartObject("agency");
                json.WriteString("id", new EntityId(NodeKind.Agency, agency).ToString());
                json.WriteString("name", agencyName);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("agency");
            }

            json.WriteEndObject();
        });
    }

    public static string Fact(
        NotificationEvent notice,
        WatchRow watch,
        EntityId entity,
        string? entityName,
        long? batch,
        string? bundle,
        long? decision) => Write(notice, watch, entity, entityName, json =>
        {
            json.WriteNumber("version", notice.Version ?? 0);
            Number(json, "batch", batch);
            json.WriteString("bundle", bundle);
            Number(json, "decision", decision);
        });

    /// <summary>An identity number as analysts see it: the region (first six) and the last four.</summary>
    public static string? Mask(string? idNumber)
        => idNumber is { Length: > 10 } value ? value[..6] + new string('*', value.Length - 10) + value[^4..] : idNumber;

    private static string Write(NotificationEvent notice, WatchRow watch, EntityId entity, string? entityName, Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("event", notice.Key);
            json.WriteString("kind", Wire.Name(notice.Kind));
            json.WriteString("at", notice.At.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            json.WriteString("owner", watch.Owner);
            json.WriteString("title", notice.Title(entity, entityName));
            json.WriteStartObject("entity");
            json.WriteString("id", entity.ToString());
            json.WriteString("kind", Wire.Name(entity.Kind));
            json.WriteString("name", entityName);
            json.WriteEndObject();
            body(json);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter json, string name, long? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
