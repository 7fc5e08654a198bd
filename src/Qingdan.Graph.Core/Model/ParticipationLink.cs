namespace Qingdan.Graph.Core.Model;

/// <summary>Person → Decision.</summary>
public sealed record ParticipationLink : Link
{
    public override LinkKind Kind => LinkKind.Participation;

    public required ParticipationRole Role { get; init; }
}
