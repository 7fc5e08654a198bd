namespace Qingdan.Graph.Store.Findings;

/// <summary>Another sweep holds the store's sweep lock; the message says which and until when, where the store knows.</summary>
public sealed class SweepBusyException : Exception
{
    public SweepBusyException()
    {
    }

    public SweepBusyException(string message)
        : base(message)
    {
    }

    public SweepBusyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
