namespace Qingdan.Graph.Core.Model;

/// <summary>Person → Person: <see cref="Link.To"/> is <see cref="Link.From"/>'s <see cref="Relation"/>.</summary>
public sealed record FamilyLink : Link
{
    public override LinkKind Kind => LinkKind.Family;

    public required FamilyRelation Relation { get; init; }
}
