using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Server.Api.Findings;

/// <summary>A link of evidence, with its properties and sources, as findings.md writes it.</summary>
public sealed record EvidenceLinkBody
{
    public LinkKind Kind { get; init; }

    public string From { get; init; } = string.Empty;

    public string To { get; init; } = string.Empty;

    /// <summary>A family link's relation.</summary>
    public string? Relation { get; init; }

    /// <summary>An associate link's kind.</summary>
    public string? AssociateKind { get; init; }

    /// <summary>A role's or a participation's role.</summary>
    public string? Role { get; init; }

    /// <summary>A transaction's kind.</summary>
    public string? TransactionKind { get; init; }

    /// <summary>Any other kind's detail.</summary>
    public string? Detail { get; init; }

    public DateOnly? ValidFrom { get; init; }

    public DateOnly? ValidTo { get; init; }

    public double? Share { get; init; }

    public decimal? Amount { get; init; }

    public IReadOnlyList<EvidenceSourceBody> Sources { get; init; } = [];

    /// <summary>The detail whatever the kind calls it.</summary>
    public string? AnyDetail => Relation ?? AssociateKind ?? Role ?? TransactionKind ?? Detail;
}
