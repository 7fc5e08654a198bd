using System.ComponentModel;

namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>What people and companies can be ordered by.</summary>
[Description("A field people and companies can be ordered by.")]
public enum EntityField
{
    [Description("The id's number: the order they entered the store.")]
    Id,

    [Description("The name.")]
    Name,

    [Description("How many findings (the person as official, or about the company) the caller may read.")]
    FindingCount,

    [Description("The awarded amount: a company's decisions won, an official's agencies' decisions while in post.")]
    AwardedAmount,

    [Description("How many distinct relatives the evidence of the person's findings passes through (0 for a company).")]
    RelativesInFindings,
}
