using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Rules;

/// <summary>
/// One path of a finding's evidence, from the official to the company: the nodes in order and the
/// links between them (each read in whichever direction the path takes it), the day on which every
/// condition held, and what the path shows (<c>relation+shares</c>, <c>decision</c>…).
/// </summary>
public sealed record EvidencePath(string Shows, DateOnly? On, IReadOnlyList<int> Nodes, IReadOnlyList<int> Links)
{
    /// <summary>REP: the report that left the interest out (its store id), whose day is <see cref="On"/>.</summary>
    public long? Report { get; init; }

    /// <summary>REP: the row that stated the report.</summary>
    public SourceRef? ReportSource { get; init; }
}
