using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Rules;
using Qingdan.Graph.Core.Tests.Graph;
using static Qingdan.Graph.Core.Tests.Graph.SmallGraph;

namespace Qingdan.Graph.Core.Tests.Rules;

/// <summary>The world the rule tests start from, and a run of the engine over it on one thread.</summary>
internal static class RuleWorld
{
    // An official in post at a city bureau since 2010, married since 1995, with a child.
    public static SmallGraph World(params string[] sectors) => new SmallGraph()
        .Agency("bureau", "440800", sectors).Person("o").Person("spouse").Person("child")
        .Post("o", "bureau", D(2010))
        .Family("o", "spouse", "spouse", D(1995))
        .Family("o", "child", "child", D(1990));

    public static IReadOnlyList<Finding> Run(GraphSnapshot snapshot, params RuleId[] rules) =>
        new RuleEngine(snapshot).Run(rules.Length == 0 ? null : rules, maxParallelism: 1);
}
