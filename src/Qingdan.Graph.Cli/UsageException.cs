namespace Qingdan.Graph.Cli;

/// <summary>The command line asks for something that cannot be: exit code 2 with the message.</summary>
internal sealed class UsageException(string message) : Exception(message);
