namespace Qingdan.Graph.Core.Model;

/// <summary>Person → Person: an association other than family.</summary>
public sealed record AssociateLink : Link
{
    public override LinkKind Kind => LinkKind.Associate;

    public required AssociateKind AssociateKind { get; init; }

    /// <summary>What the association rests on, as the registry words it.</summary>
    public string? Basis { get; init; }
}
