namespace Qingdan.Graph.Core.Model;

/// <summary>Person → Agency: a post. Its intervals make the official's tenure.</summary>
public sealed record PositionLink : Link
{
    public override LinkKind Kind => LinkKind.Position;

    public string? Title { get; init; }

    public string? Rank { get; init; }

    /// <summary>Decision kinds the post decides.</summary>
    public IReadOnlyList<string> Powers { get; init; } = [];
}
