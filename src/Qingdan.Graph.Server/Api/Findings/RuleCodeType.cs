using Qingdan.Graph.Server.Api.Schema;

namespace Qingdan.Graph.Server.Api.Findings;

/// <summary>The rules of RULES.md that make findings.</summary>
public sealed class RuleCodeType() : WordEnumType(
    "RuleCode",
    "A rule of RULES.md: an item of the negative list (seed/negative-list.en.md).",
    ("NL3", "Item 3: borrowing, fees and use of assets from enterprises."),
    ("NL4", "Item 4: benefit from, and business with, enterprises under one's administration."),
    ("NL5", "Item 5: relatives' shareholdings and employment."),
    ("NL9", "Item 9: decisions that benefit a connected company."));
