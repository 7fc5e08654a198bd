namespace Qingdan.Graph.Core.Model;

/// <summary>Agency → Decision.</summary>
public sealed record IssuedLink : Link
{
    public override LinkKind Kind => LinkKind.Issued;
}
