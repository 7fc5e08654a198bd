using Qingdan.Graph.Core.Identifiers;

namespace Qingdan.Graph.Core.Model;

/// <summary>A Party or government organ.</summary>
public sealed record Agency
{
    public required EntityId Id { get; init; }

    public required string Name { get; init; }

    /// <summary>The agency's own credit code.</summary>
    public CreditCode? Code { get; init; }

    public string? RegionCode { get; init; }

    /// <summary>Industry codes the agency administers; empty means every sector of its region.</summary>
    public IReadOnlyList<string> Sectors { get; init; } = [];
}
