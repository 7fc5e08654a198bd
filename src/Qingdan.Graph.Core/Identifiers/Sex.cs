namespace Qingdan.Graph.Core.Identifiers;

/// <summary>Sex as GB 11643 encodes it in the 17th character (odd: male).</summary>
public enum Sex
{
    Male,
    Female,
}
