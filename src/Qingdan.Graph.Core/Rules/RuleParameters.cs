namespace Qingdan.Graph.Core.Rules;

/// <summary>The choices RULES.md leaves as parameters, with its defaults; a sweep records the ones it ran with.</summary>
public sealed record RuleParameters
{
    /// <summary>Effective ownership that makes a principal, or puts a company on a person's side.</summary>
    public double PrincipalShare { get; init; } = 0.25;

    /// <summary>Effective ownership that counts for NL5 shares and NL9 ownership.</summary>
    public double IndirectShare { get; init; } = 0.05;

    /// <summary>Longest ownership chain walked, in links.</summary>
    public int MaxChain { get; init; } = 6;

    /// <summary>How far a transaction may lie from a decision for NL9, in days.</summary>
    public int WindowDays { get; init; } = 730;

    public double SalaryFactor { get; init; } = 2.0;

    public int MinPeers { get; init; } = 5;

    /// <summary>Tolerance of every comparison of effective ownership with a threshold.</summary>
    public const double Tolerance = 1e-9;

    public static RuleParameters Default { get; } = new();
}
