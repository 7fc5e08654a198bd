namespace Qingdan.Graph.Core.Model;

/// <summary>Company → Decision: a tender, winners included.</summary>
public sealed record BidLink : Link
{
    public override LinkKind Kind => LinkKind.Bid;
}
