namespace Qingdan.Graph.Core.Model;

/// <summary>A person's office or job at a company.</summary>
public enum CompanyRole
{
    LegalRepresentative,
    Chair,
    Director,
    Supervisor,
    GeneralManager,
    SeniorManager,
    Employee,
    Consultant,
}
