using System.ComponentModel;

namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>What decisions can be ordered by.</summary>
[Description("A field decisions can be ordered by.")]
public enum DecisionField
{
    [Description("The id's number: the order they entered the store.")]
    Id,

    [Description("The kind.")]
    Kind,

    [Description("The amount.")]
    Amount,

    [Description("The day it was decided.")]
    DecidedDate,

    [Description("How many bids it received.")]
    Bidders,
}
