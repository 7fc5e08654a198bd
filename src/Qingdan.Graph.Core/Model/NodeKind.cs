namespace Qingdan.Graph.Core.Model;

/// <summary>The four kinds of node in the graph. Stored as numbers: never renumber.</summary>
public enum NodeKind : byte
{
    Person = 1,
    Company = 2,
    Agency = 3,
    Decision = 4,
}
