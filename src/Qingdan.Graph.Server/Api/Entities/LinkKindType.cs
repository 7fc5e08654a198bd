using GraphQL.Types;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>The link kinds of the model.</summary>
public sealed class LinkKindType : EnumerationGraphType<LinkKind>
{
    private static readonly Dictionary<LinkKind, string> Meanings = new()
    {
        [LinkKind.Position] = "Person → agency: a post, with title, rank and powers.",
        [LinkKind.Family] = "Person → person: the second is the first's relative, with the relation.",
        [LinkKind.Associate] = "Person → person: a specific related person, business partner, friend….",
        [LinkKind.Ownership] = "Person or company → company: a shareholding, as a fraction.",
        [LinkKind.Role] = "Person → company: an office or a job, with salary and whether it is nominal.",
        [LinkKind.Participation] = "Person → decision: the part the person took in it.",
        [LinkKind.Issued] = "Agency → decision: issued it.",
        [LinkKind.Beneficiary] = "Decision → company: the company benefits from it.",
        [LinkKind.Bid] = "Company → decision: a tender, winners included.",
        [LinkKind.Transaction] = "Person or company → person or company: value flows from the first to the second.",
    };

    public LinkKindType()
    {
        Name = "LinkKind";
        Description = "What a link between two entities states.";
        foreach (var value in Values)
        {
            value.Description = Meanings[(LinkKind)value.Value!];
        }
    }
}
