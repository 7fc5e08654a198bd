using GraphQL.Types;
using Qingdan.Graph.Core.Rules;

namespace Qingdan.Graph.Server.Api.Findings;

/// <summary>The rules of RULES.md that make findings, each value named as the rule is (<c>NL9</c>) and standing for its <see
/// cref="RuleId"/>.</summary>
public sealed class RuleCodeType : EnumerationGraphType
{
    public RuleCodeType()
    {
        Name = "RuleCode";
        Description = "A rule of RULES.md: an item of the negative list (seed/negative-list.en.md), or REP, the report check.";
        Add(nameof(RuleId.NL3), RuleId.NL3, "Item 3: borrowing, fees and use of assets from enterprises.");
        Add(nameof(RuleId.NL4), RuleId.NL4, "Item 4: benefit from, and business with, enterprises under one's administration.");
        Add(nameof(RuleId.NL5), RuleId.NL5, "Item 5: relatives' shareholdings and employment.");
        Add(nameof(RuleId.NL9), RuleId.NL9, "Item 9: decisions that benefit a connected company.");
        Add(
            nameof(RuleId.REP),
            RuleId.REP,
            "Not an item of the list: a personal-matters report leaves out a business of the official, the spouse, a child or a child's " +
                "spouse (领导干部报告个人有关事项规定).");
    }
}
