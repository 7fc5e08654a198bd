namespace Qingdan.Graph.Core.Model;

/// <summary>The kind of a party named by a reference in a link row (<c>holder_kind</c>, <c>from_kind</c>, <c>to_kind</c>).</summary>
public enum HolderKind
{
    Person,
    Company,
}
