namespace Qingdan.Graph.Store.Findings;

/// <summary>A (bundle, ref) pair resolution merged into a finding's entity.</summary>
public sealed record EntityRefBody
{
    public string Bundle { get; init; } = string.Empty;

    public string Ref { get; init; } = string.Empty;
}
