namespace Qingdan.Graph.Core.Model;

/// <summary>What one item of a personal-matters report declares (<c>report_items.csv</c> <c>item</c>, wire names in snake case).</summary>
public enum ReportItemKind
{
    /// <summary>A family member the report lists, with the relation it gives.</summary>
    Relative,

    /// <summary>An investment of the item's person in the item's company.</summary>
    Holding,

    /// <summary>A post the item's person holds at the item's company.</summary>
    Post,
}
