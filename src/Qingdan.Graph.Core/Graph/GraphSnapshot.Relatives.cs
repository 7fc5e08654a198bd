using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Graph;

public sealed partial class GraphSnapshot
{
    private static readonly HashSet<FamilyRelation> RelationsInR =
    [
        FamilyRelation.Spouse, FamilyRelation.Child, FamilyRelation.ChildSpouse, FamilyRelation.Parent,
        FamilyRelation.Sibling, FamilyRelation.ParentInLaw, FamilyRelation.SiblingInLaw,
    ];

    /// <summary>
    /// R(o) exactly as RULES "Who counts" defines it: the official; stated and inverse family links;
    /// a child's spouse, the spouse's parents and siblings, and the siblings' spouses (each valid only
    /// while both links it rests on are); specific related persons. A person may appear once for each
    /// relation that puts them there.
    /// </summary>
    public IReadOnlyList<RelatedPerson> RelatedPersons(int official)
    {
        var result = new List<RelatedPerson> { new(official, "self", Interval.Always, []) };
        var direct = FamilyOf(official).ToList();
        result.AddRange(direct.Select(d => Related(d.Person, Wire.Name(d.Relation), d.Start, d.End, [d.Link])));
        foreach (var child in direct.Where(d => d.Relation == FamilyRelation.Child))
        {
            foreach (var spouse in FamilyOf(child.Person).Where(d => d.Relation == FamilyRelation.Spouse))
            {
                AddDerived(result, spouse.Person, FamilyRelation.ChildSpouse, child, spouse);
            }
        }

        foreach (var spouse in direct.Where(d => d.Relation == FamilyRelation.Spouse))
        {
            foreach (var relative in FamilyOf(spouse.Person))
            {
                if (relative.Relation == FamilyRelation.Parent)
                {
                    AddDerived(result, relative.Person, FamilyRelation.ParentInLaw, spouse, relative);
                }
                else if (relative.Relation == FamilyRelation.Sibling)
                {
                    AddDerived(result, relative.Person, FamilyRelation.SiblingInLaw, spouse, relative);
                }
            }
        }

        foreach (var sibling in direct.Where(d => d.Relation == FamilyRelation.Sibling))
        {
            foreach (var spouse in FamilyOf(sibling.Person).Where(d => d.Relation == FamilyRelation.Spouse))
            {
                AddDerived(result, spouse.Person, FamilyRelation.SiblingInLaw, sibling, spouse);
            }
        }

        foreach (var link in Outgoing(official).ToArray().Concat(Incoming(official).ToArray()))
        {
            if ((LinkKind)_kind[link] == LinkKind.Associate && _detail[link] == (byte)AssociateKind.SpecificRelated)
            {
                var other = _from[link] == official ? _to[link] : _from[link];
                result.Add(Related(other, Wire.Name(AssociateKind.SpecificRelated), _start[link], _end[link], [link]));
            }
        }

        return result.Where(r => r.Node != official || r.Relation == "self").ToList();

        void AddDerived(List<RelatedPerson> list, int person, FamilyRelation relation, FamilyEdge first, FamilyEdge second)
        {
            var start = Math.Max(first.Start, second.Start);
            var end = Math.Min(first.End, second.End);
            if (start <= end)
            {
                list.Add(Related(person, Wire.Name(relation), start, end, [first.Link, second.Link]));
            }
        }
    }

    private static RelatedPerson Related(int node, string relation, int start, int end, IReadOnlyList<int> links) =>
        new(node, relation, new Interval(Days.ToDate(start), Days.ToDate(end)), links);

    private readonly record struct FamilyEdge(int Person, FamilyRelation Relation, int Start, int End, int Link);

    /// <summary>The stated and inverse family links of a person that can put someone in R(o).</summary>
    private IEnumerable<FamilyEdge> FamilyOf(int person)
    {
        var edges = new List<FamilyEdge>();
        foreach (var link in Outgoing(person))
        {
            if ((LinkKind)_kind[link] == LinkKind.Family && _detail[link] != NoDetail
                && RelationsInR.Contains((FamilyRelation)_detail[link]))
            {
                edges.Add(new FamilyEdge(_to[link], (FamilyRelation)_detail[link], _start[link], _end[link], link));
            }
        }

        foreach (var link in Incoming(person))
        {
            if ((LinkKind)_kind[link] == LinkKind.Family && _detail[link] != NoDetail
                && RelationsInR.Contains((FamilyRelation)_detail[link]))
            {
                edges.Add(new FamilyEdge(_from[link], Inverse((FamilyRelation)_detail[link]), _start[link], _end[link], link));
            }
        }

        return edges.Where(e => e.Person != person);
    }

    private static FamilyRelation Inverse(FamilyRelation relation) => relation switch
    {
        FamilyRelation.Child => FamilyRelation.Parent,
        FamilyRelation.Parent => FamilyRelation.Child,
        FamilyRelation.ChildSpouse => FamilyRelation.ParentInLaw,
        FamilyRelation.ParentInLaw => FamilyRelation.ChildSpouse,
        _ => relation,
    };
}
