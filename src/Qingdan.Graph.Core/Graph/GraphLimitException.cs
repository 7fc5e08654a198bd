namespace Qingdan.Graph.Core.Graph;

/// <summary>A graph question past its bounds (hops, time): the message names the bound.</summary>
public sealed class GraphLimitException : Exception
{
    public GraphLimitException()
    {
    }

    public GraphLimitException(string message)
        : base(message)
    {
    }

    public GraphLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
