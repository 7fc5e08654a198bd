using Qingdan.Graph.Core.Identifiers;

namespace Qingdan.Graph.Store.Graph;

/// <summary>A canonical Party or government organ.</summary>
public sealed class AgencyRow : NodeRow
{
    public string? CreditCode { get; set; }

    public IdentifierStatus? CreditCodeStatus { get; set; }

    public string? RegionCode { get; set; }

    /// <summary>Industry codes, <c>|</c>-separated; empty for every sector of the region.</summary>
    public string? Sectors { get; set; }
}
