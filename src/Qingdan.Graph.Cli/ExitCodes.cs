namespace Qingdan.Graph.Cli;

/// <summary>The exit codes every verb keeps to.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Bad input (a rejected row, an unreachable database): the reason is printed.</summary>
    public const int BadInput = 1;

    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 2;
}
