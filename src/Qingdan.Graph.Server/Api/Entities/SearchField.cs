namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>What a search hit matched on, in the order a tie is broken (the name first).</summary>
public enum SearchField
{
    Name,
    IdentityNumber,
    CreditCode,
    Phone,
    Address,
}
