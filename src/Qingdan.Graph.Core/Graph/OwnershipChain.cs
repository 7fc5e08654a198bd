namespace Qingdan.Graph.Core.Graph;

/// <summary>One simple ownership path (links from the holder down to the company) and the product of its shares.</summary>
public sealed record OwnershipChain(IReadOnlyList<int> Links, double Share);
