using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Ingest.Bundles;

/// <summary>The files of the bundle format and their columns (registry-bundle.md, required columns first).</summary>
internal static class BundleFiles
{
    private static readonly string[] PersonOrCompany = ["people", "companies"];

    public static readonly BundleFile Agencies = new("agencies.csv", ["ref", "name"], ["code", "region_code", "sectors"])
    {
        Nodes = NodeKind.Agency,
        ReadNode = BundleRows.AgencyAsync,
    };

    public static readonly BundleFile People = new("people.csv", ["ref", "name"], ["id_number", "birth_date", "gender", "phone", "address"])
    {
        Nodes = NodeKind.Person,
        ReadNode = BundleRows.PersonAsync,
    };

    public static readonly BundleFile Companies = new(
        "companies.csv",
        ["ref", "name"],
        ["credit_code", "listed", "region_code", "industry", "status", "founded", "address", "phone"])
    {
        Nodes = NodeKind.Company,
        ReadNode = BundleRows.CompanyAsync,
    };

    public static readonly BundleFile Decisions = new(
        "decisions.csv",
        ["ref", "kind", "decided_date"],
        ["agency_ref", "beneficiary_ref", "title", "amount", "applied_date", "method", "bidders"])
    {
        Nodes = NodeKind.Decision,
        Refs = [new("agency_ref", ["agencies"]), new("beneficiary_ref", ["companies"])],
        ReadNode = BundleRows.DecisionAsync,
        ReadLinks = BundleRows.DecisionLinksAsync,
    };

    public static readonly BundleFile Positions = new(
        "positions.csv",
        ["person_ref", "agency_ref"],
        ["title", "rank", "start_date", "end_date", "powers"])
    {
        Refs = [new("person_ref", ["people"]), new("agency_ref", ["agencies"])],
        ReadLinks = BundleRows.PositionAsync,
    };

    public static readonly BundleFile Family = new("family.csv", ["person_ref", "relative_ref", "relation"], ["start_date", "end_date"])
    {
        Refs = [new("person_ref", ["people"]), new("relative_ref", ["people"])],
        ReadLinks = BundleRows.FamilyAsync,
    };

    public static readonly BundleFile Associates = new(
        "associates.csv",
        ["person_ref", "associate_ref", "kind"],
        ["basis", "start_date", "end_date"])
    {
        Refs = [new("person_ref", ["people"]), new("associate_ref", ["people"])],
        ReadLinks = BundleRows.AssociateAsync,
    };

    public static readonly BundleFile Shareholdings = new(
        "shareholdings.csv",
        ["holder_ref", "holder_kind", "company_ref", "share"],
        ["subscribed_capital", "start_date", "end_date"])
    {
        Refs = [new("holder_ref", PersonOrCompany, "holder_kind"), new("company_ref", ["companies"])],
        ReadLinks = BundleRows.ShareholdingAsync,
    };

    public static readonly BundleFile CompanyRoles = new(
        "company_roles.csv",
        ["person_ref", "company_ref", "role"],
        ["start_date", "end_date", "monthly_salary", "nominal"])
    {
        Refs = [new("person_ref", ["people"]), new("company_ref", ["companies"])],
        ReadLinks = BundleRows.RoleAsync,
    };

    public static readonly BundleFile DecisionOfficials = new("decision_officials.csv", ["decision_ref", "person_ref", "role"], [])
    {
        Refs = [new("decision_ref", ["decisions"]), new("person_ref", ["people"])],
        ReadLinks = BundleRows.ParticipationAsync,
    };

    public static readonly BundleFile Bidders = new("bidders.csv", ["decision_ref", "company_ref"], [])
    {
        Refs = [new("decision_ref", ["decisions"]), new("company_ref", ["companies"])],
        ReadLinks = BundleRows.BidAsync,
    };

    public static readonly BundleFile Transactions = new(
        "transactions.csv",
        ["from_ref", "from_kind", "to_ref", "to_kind", "kind", "date"],
        ["amount", "end_date", "note"])
    {
        Refs = [new("from_ref", PersonOrCompany, "from_kind"), new("to_ref", PersonOrCompany, "to_kind")],
        ReadLinks = BundleRows.TransactionAsync,
    };

    // Rule REP's files: what reports declare, beside the graph (they add no link).
    public static readonly BundleFile Reports = new("reports.csv", ["ref", "person_ref", "report_date"], ["submitted_date"])
    {
        Refs = [new("person_ref", ["people"])],
        ReadLinks = BundleRows.ReportAsync,
    };

    public static readonly BundleFile ReportItems = new(
        "report_items.csv",
        ["report_ref", "item", "person_ref"],
        ["relation", "company_ref"])
    {
        Refs = [new("report_ref", ["reports"]), new("person_ref", ["people"]), new("company_ref", ["companies"])],
        ReadLinks = BundleRows.ReportItemAsync,
    };

    /// <summary>The files whose rows are nodes, in the order they are read: a decision names agencies and companies.</summary>
    public static IReadOnlyList<BundleFile> NodeFiles { get; } = [Agencies, People, Companies, Decisions];

    /// <summary>The files whose rows are links, in the order they are read (decisions.csv holds nodes and links).</summary>
    public static IReadOnlyList<BundleFile> LinkFiles { get; }
        = [Positions, Family, Associates, Shareholdings, CompanyRoles, Decisions, DecisionOfficials, Bidders, Transactions];

    /// <summary>The files of personal-matters reports, read after the links (an item's report is checked once all is read).</summary>
    public static IReadOnlyList<BundleFile> ReportFiles { get; } = [Reports, ReportItems];

    /// <summary>Every file of the format.</summary>
    public static IReadOnlyList<BundleFile> All { get; } = [.. NodeFiles, .. LinkFiles.Where(f => f != Decisions), .. ReportFiles];

    /// <summary>The file a mapping's <c>kind</c> names (<c>people</c>, <c>company_roles</c>, …); null for none.</summary>
    public static BundleFile? ByKind(string kind) => All.FirstOrDefault(f => f.Kind == kind);
}
