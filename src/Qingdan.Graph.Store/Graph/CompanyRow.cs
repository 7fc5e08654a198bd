using Qingdan.Graph.Core.Identifiers;

namespace Qingdan.Graph.Store.Graph;

/// <summary>A canonical company.</summary>
public sealed class CompanyRow : NodeRow
{
    public string? CreditCode { get; set; }

    public IdentifierStatus? CreditCodeStatus { get; set; }

    public bool Listed { get; set; }

    public string? RegionCode { get; set; }

    public string? Industry { get; set; }

    public string? Status { get; set; }

    public DateOnly? Founded { get; set; }

    public string? Address { get; set; }

    public string? Phone { get; set; }
}
