using System.Text.Json.Serialization;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Store.Findings;

/// <summary>
/// A link of evidence (or a transaction or post behind a finding), with its properties and sources, as
/// findings.md writes it: the detail under the name its kind gives it, a transaction's date, and only the
/// properties the link has.
/// </summary>
public sealed record EvidenceLinkBody
{
    public LinkKind Kind { get; init; }

    public string From { get; init; } = string.Empty;

    public string To { get; init; } = string.Empty;

    /// <summary>A family link's relation.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Relation { get; init; }

    /// <summary>An associate link's kind.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AssociateKind { get; init; }

    /// <summary>A role's or a participation's role.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Role { get; init; }

    /// <summary>A transaction's kind.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TransactionKind { get; init; }

    /// <summary>Any other kind's detail.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Detail { get; init; }

    /// <summary>A transaction's date (its first day); written for transactions only, even when null.</summary>
    public DateOnly? Date { get; init; }

    public DateOnly? ValidFrom { get; init; }

    public DateOnly? ValidTo { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Share { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? Amount { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? MonthlySalary { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Nominal { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Title { get; init; }

    public IReadOnlyList<EvidenceSourceBody> Sources { get; init; } = [];

    /// <summary>The detail whatever the kind calls it.</summary>
    [JsonIgnore]
    public string? AnyDetail => Relation ?? AssociateKind ?? Role ?? TransactionKind ?? Detail;
}
