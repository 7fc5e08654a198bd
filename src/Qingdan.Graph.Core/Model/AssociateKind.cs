namespace Qingdan.Graph.Core.Model;

/// <summary>Kinds of association between two people; only <see cref="SpecificRelated"/> puts someone in R(o).</summary>
public enum AssociateKind
{
    /// <summary>特定关系人: a lover, or a person with a common interest.</summary>
    SpecificRelated,
    BusinessPartner,
    Friend,
    Other,
}
