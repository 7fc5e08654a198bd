namespace Qingdan.Graph.Ingest.Mappings;

/// <summary>Why a mapping cannot be used, at a line of the mapping file (0 when it concerns the whole file).</summary>
public sealed record MappingProblem(string File, int Line, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Reason}" : $"{File}: {Reason}";
}
