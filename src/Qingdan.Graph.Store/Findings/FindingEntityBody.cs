namespace Qingdan.Graph.Store.Findings;

/// <summary>
/// A finding's official or company as the canonical entity stood: its best identifier and every
/// (bundle, ref) resolution merged into it. A person carries <see cref="IdNumber"/> and a company its
/// credit code, each even when null; neither appears on another kind (<see cref="FindingBodyJson"/>).
/// </summary>
public sealed record FindingEntityBody
{
    public string Id { get; init; } = string.Empty;

    /// <summary>The entity kind's word: <c>person</c>, <c>company</c>….</summary>
    public string Kind { get; init; } = string.Empty;

    public string? Name { get; init; }

    /// <summary>The full identity number when it is valid, else null.</summary>
    public string? IdNumber { get; init; }

    /// <summary>As the canonical entity holds it (resolution prefers a valid code).</summary>
    public string? CreditCode { get; init; }

    /// <summary>Whether the credit code checks: <c>valid</c>, <c>masked</c> or <c>invalid</c>.</summary>
    public string? CreditCodeStatus { get; init; }

    public IReadOnlyList<EntityRefBody> Refs { get; init; } = [];
}
