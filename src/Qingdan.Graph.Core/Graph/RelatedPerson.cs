using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Graph;

/// <summary>
/// A member of R(o): the person, the relation that puts them there (<c>self</c>, a family relation,
/// or <c>specific_related</c>), the days it is valid (every link it rests on valid), and those links.
/// </summary>
public sealed record RelatedPerson(int Node, string Relation, Interval Validity, IReadOnlyList<int> Links)
{
    /// <summary>True when the relation holds on the day.</summary>
    public bool ValidOn(DateOnly day) => Validity.Contains(day);
}
