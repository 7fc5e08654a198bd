namespace Qingdan.Graph.Core.Model;

/// <summary>Person → Company: an office or job.</summary>
public sealed record RoleLink : Link
{
    public override LinkKind Kind => LinkKind.Role;

    public required CompanyRole Role { get; init; }

    /// <summary>Monthly salary in yuan.</summary>
    public decimal? MonthlySalary { get; init; }

    /// <summary>Paid without working there.</summary>
    public bool Nominal { get; init; }
}
