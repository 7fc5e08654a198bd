namespace Qingdan.Graph.Core.Model;

/// <summary>The dated link kinds of the model (DESIGN "Model"). Stored as numbers: never renumber.</summary>
public enum LinkKind : byte
{
    /// <summary>Person → Agency: a post, with title, rank and powers.</summary>
    Position = 1,

    /// <summary>Person → Person: <c>to</c> is <c>from</c>'s relative, with the relation.</summary>
    Family = 2,

    /// <summary>Person → Person: a specific related person, business partner, friend….</summary>
    Associate = 3,

    /// <summary>Person/Company → Company: a shareholding, as a fraction.</summary>
    Ownership = 4,

    /// <summary>Person → Company: an office or job, with salary and whether it is nominal.</summary>
    Role = 5,

    /// <summary>Person → Decision: the part the person took in it.</summary>
    Participation = 6,

    /// <summary>Agency → Decision.</summary>
    Issued = 7,

    /// <summary>Decision → Company.</summary>
    Beneficiary = 8,

    /// <summary>Company → Decision: a tender, winners included.</summary>
    Bid = 9,

    /// <summary>Person/Company → Person/Company: value flows from <c>from</c> to <c>to</c>.</summary>
    Transaction = 10,
}
