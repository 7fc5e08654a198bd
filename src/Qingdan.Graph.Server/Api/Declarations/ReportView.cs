using Qingdan.Graph.Core.Graph;
using Qingdan.Graph.Core.Rules;

namespace Qingdan.Graph.Server.Api.Declarations;

/// <summary>A personal-matters report of a snapshot, as the schema resolves it; compared with the registries once, when asked.</summary>
public sealed class ReportView(GraphSnapshot snapshot, PersonalReport report)
{
    private ReportComparison? _comparison;

    public GraphSnapshot Snapshot { get; } = snapshot;

    public PersonalReport Report { get; } = report;

    /// <summary>The report beside what the registries show on its day.</summary>
    public ReportComparison Comparison => _comparison ??= ReportCheck.Compare(Snapshot, Report);

    /// <summary>The node of an entity the report names, or null when the graph has none.</summary>
    public NodeRef? Node(Core.Model.EntityId? id) =>
        id is { } entity && Snapshot.IndexOf(entity) is var index and >= 0 ? new NodeRef(Snapshot, index) : null;
}
