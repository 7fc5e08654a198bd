namespace Qingdan.Graph.Ingest.Mappings;

/// <summary>A mapping that cannot be used, with every problem found in it, each at its line; no row has been read.</summary>
public sealed class MappingException : Exception
{
    public MappingException(IReadOnlyList<MappingProblem> problems)
        : base(string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    public MappingException()
        : this([])
    {
    }

    public MappingException(string message)
        : this([new MappingProblem("?", 0, message)])
    {
    }

    public MappingException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [new MappingProblem("?", 0, message)];
    }

    public IReadOnlyList<MappingProblem> Problems { get; } = [];
}
