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
}
