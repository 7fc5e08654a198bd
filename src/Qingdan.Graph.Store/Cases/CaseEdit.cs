namespace Qingdan.Graph.Store.Cases;

/// <summary>What an edit of a case changes: each part left null stays; an empty description clears it.</summary>
public sealed record CaseEdit(string? Title = null, string? Description = null, CaseStatus? Status = null);
