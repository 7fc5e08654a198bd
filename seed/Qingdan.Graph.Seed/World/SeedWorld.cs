using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Seed.World;

/// <summary>
/// Everything the synthetic registries state, as one set of facts (each fact once, whichever
/// registries state it). The truth checker reads this; the exporters split it into registries.
/// </summary>
internal sealed class SeedWorld
{
    public List<SeedPerson> People { get; } = [];

    public List<SeedCompany> Companies { get; } = [];

    public List<SeedAgency> Agencies { get; } = [];

    public List<SeedDecision> Decisions { get; } = [];

    public List<SeedPosition> Positions { get; } = [];

    public List<SeedFamily> Family { get; } = [];

    public List<SeedAssociate> Associates { get; } = [];

    public List<SeedShare> Shares { get; } = [];

    public List<SeedRole> Roles { get; } = [];

    public List<SeedTransaction> Transactions { get; } = [];

    /// <summary>Personal-matters reports, stated by the cadre registry; their items are in <see cref="ReportItems"/>.</summary>
    public List<SeedReport> Reports { get; } = [];

    public List<SeedReportItem> ReportItems { get; } = [];

    public List<PlantedCase> Planted { get; } = [];
}

/// <summary>A person; every one has a valid identity number, and (name, masked number) and (name, birth date) are unique.</summary>
internal sealed record SeedPerson(int Id, string Name, string IdNumber, DateOnly Birth, bool Male)
{
    /// <summary>Declared in the cadre registry (officials and the family they declared).</summary>
    public bool InCadre { get; set; }

    /// <summary>Appears in the company registry (as a shareholder or officer).</summary>
    public bool InCompanyRegistry { get; set; }

    /// <summary>Appears in the finance registry.</summary>
    public bool InFinance { get; set; }

    /// <summary>Appears in a procurement or licensing registry as a deciding official.</summary>
    public bool InDecisions { get; set; }
}

internal sealed record SeedCompany(int Id, string Name, string CreditCode, bool Listed, string RegionCode, string Industry);

internal sealed record SeedAgency(int Id, string Name, string Code, string RegionCode, IReadOnlyList<string> Sectors, bool Licensing);

internal sealed record SeedPosition(int Person, int Agency, string Title, DateOnly? Start, DateOnly? End);

/// <summary><see cref="Relative"/> is <see cref="Person"/>'s <see cref="Relation"/>. <see cref="InCadre"/>: declared by the official; <see
/// cref="InCivil"/>: a marriage or birth record.</summary>
internal sealed record SeedFamily(
    int Person,
    int Relative,
    FamilyRelation Relation,
    DateOnly? Start,
    DateOnly? End,
    bool InCadre,
    bool InCivil);

internal sealed record SeedAssociate(int Person, int Other, AssociateKind Kind, DateOnly? Start, DateOnly? End);

/// <summary>A shareholding: a person or a company (<see cref="HolderIsCompany"/>) holds <see cref="Share"/> (a fraction) of <see
/// cref="Company"/>.</summary>
internal sealed record SeedShare(int Holder, bool HolderIsCompany, int Company, double Share, DateOnly? Start, DateOnly? End);

internal sealed record SeedRole(int Person, int Company, CompanyRole Role, DateOnly? Start, DateOnly? End, decimal? Salary, bool Nominal);

/// <summary>A decision with its issuing agency, beneficiary, deciding officials and tenderers.</summary>
internal sealed record SeedDecision(
    int Id, string Kind, int Agency, int Beneficiary, string Title, decimal Amount, DateOnly Decided, ProcurementMethod? Method, int? Bidders,
    IReadOnlyList<(int Person, ParticipationRole Role)> Officials, IReadOnlyList<int> Tenderers);

/// <summary>Value flows from From to To; a party is a person or a company.</summary>
internal sealed record SeedTransaction(
    int From,
    bool FromIsCompany,
    int To,
    bool ToIsCompany,
    TransactionKind Kind,
    decimal Amount,
    DateOnly Date);

/// <summary>A personal-matters report of <see cref="Official"/> describing <see cref="ReportDate"/> (31 December, as a rule).</summary>
internal sealed record SeedReport(int Id, int Official, DateOnly ReportDate, DateOnly? Submitted);

/// <summary>
/// What a report declares: a relative it lists (<see cref="Relation"/> as the report words it), or a holding or post of
/// <see cref="Person"/> (the official or a relative) at <see cref="Company"/>. It states a declaration, not a fact of the world.
/// </summary>
internal sealed record SeedReportItem(int Report, ReportItemKind Kind, int Person, FamilyRelation? Relation, int? Company);

/// <summary>A case the generator built on purpose: a finding of a rule and variant, or a near miss that must not be one.</summary>
internal sealed record PlantedCase(string Rule, string Variant, int Official, int Company, bool Finding, string Description);
