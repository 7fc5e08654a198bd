namespace Qingdan.Graph.Core.Model;

/// <summary>Person/Company → Company: a shareholding.</summary>
public sealed record OwnershipLink : Link
{
    private readonly double _share;

    public override LinkKind Kind => LinkKind.Ownership;

    /// <summary>The share as a fraction between 0 and 1 (25% = 0.25).</summary>
    public required double Share
    {
        get => _share;
        init
        {
            if (double.IsNaN(value) || value < 0 || value > 1)
            {
                throw new ArgumentOutOfRangeException(nameof(Share), value, "A share is a fraction between 0 and 1.");
            }

            _share = value;
        }
    }

    /// <summary>Subscribed capital in yuan.</summary>
    public decimal? SubscribedCapital { get; init; }
}
