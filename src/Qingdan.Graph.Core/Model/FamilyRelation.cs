namespace Qingdan.Graph.Core.Model;

/// <summary>What a relative is to a person, as <c>family.csv</c> states it (wire names in snake case).</summary>
public enum FamilyRelation
{
    Spouse,
    Child,
    ChildSpouse,
    Parent,
    Sibling,
    ParentInLaw,
    SiblingInLaw,
    Grandchild,
    Grandparent,
    OtherRelative,
}
