namespace Qingdan.Graph.Core.Model;

/// <summary>Decision → Company.</summary>
public sealed record BeneficiaryLink : Link
{
    public override LinkKind Kind => LinkKind.Beneficiary;
}
