namespace Qingdan.Graph.Store.Cases;

/// <summary>Which cases a list holds: every part given must hold (and-ed); none given, every case.</summary>
public sealed record CaseFilter(
    IReadOnlyCollection<CaseStatus>? Statuses = null,
    string? Assignee = null,
    long? Finding = null,
    string? Entity = null,
    string? Title = null);
