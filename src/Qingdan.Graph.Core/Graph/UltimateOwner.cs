namespace Qingdan.Graph.Core.Graph;

/// <summary>A person whose effective ownership of a company reaches a threshold, with every chain behind it (股权穿透).</summary>
public sealed record UltimateOwner(int Person, double Share, IReadOnlyList<OwnershipChain> Chains);
