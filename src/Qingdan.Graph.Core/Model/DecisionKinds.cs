namespace Qingdan.Graph.Core.Model;

/// <summary>
/// Decision kinds are open words: registries may state any, and they are kept. These are the ones
/// NL9 looks at (RULES "NL9").
/// </summary>
public static class DecisionKinds
{
    /// <summary>The kind an OCDS award becomes.</summary>
    public const string ProcurementAward = "procurement_award";

    /// <summary>The kinds in NL9's scope.</summary>
    public static IReadOnlySet<string> InScopeOfNl9 { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        ProcurementAward, "bidding_award", "market_access", "investment_deal", "license", "license_review",
        "project_approval", "land_transfer", "market_supervision", "resource_development", "credit", "tax", "subsidy",
    };
}
