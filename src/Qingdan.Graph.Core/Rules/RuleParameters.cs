using System.Globalization;
using Qingdan.Graph.Core.Graph;

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
    public const double Tolerance = GraphSnapshot.ShareTolerance;

    public static RuleParameters Default { get; } = new();

    /// <summary>The parameter names as RULES.md and <c>--set</c> spell them.</summary>
    public static IReadOnlyList<string> Names { get; }
        = ["principal_share", "indirect_share", "max_chain", "window_days", "salary_factor", "min_peers"];

    /// <summary>
    /// The parameters with one changed, as <c>--set name=value</c> gives it; a <see cref="FormatException"/>
    /// names the parameter and the values it takes when the name or the value is wrong.
    /// </summary>
    public RuleParameters With(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        return name.Trim().ToLowerInvariant() switch
        {
            "principal_share" => this with { PrincipalShare = Fraction(name, value) },
            "indirect_share" => this with { IndirectShare = Fraction(name, value) },
            "max_chain" => this with { MaxChain = Whole(name, value, 1, 10) },
            "window_days" => this with { WindowDays = Whole(name, value, 0, 36_500) },
            "salary_factor" => this with { SalaryFactor = Positive(name, value) },
            "min_peers" => this with { MinPeers = Whole(name, value, 1, 1_000_000) },
            _ => throw new FormatException($"Unknown parameter '{name}': the parameters are {string.Join(", ", Names)}."),
        };
    }

    /// <summary>Applies <c>name=value</c> settings in order.</summary>
    public RuleParameters With(IEnumerable<string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var parameters = this;
        foreach (var setting in settings)
        {
            var equals = setting.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new FormatException($"'{setting}' is not name=value (for example principal_share=0.3).");
            }

            parameters = parameters.With(setting[..equals], setting[(equals + 1)..]);
        }

        return parameters;
    }

    /// <summary>Name and value of every parameter, in RULES.md's spelling, for the record of a sweep.</summary>
    public IReadOnlyDictionary<string, object> ToDictionary() => new SortedDictionary<string, object>(StringComparer.Ordinal)
    {
        ["principal_share"] = PrincipalShare,
        ["indirect_share"] = IndirectShare,
        ["max_chain"] = MaxChain,
        ["window_days"] = WindowDays,
        ["salary_factor"] = SalaryFactor,
        ["min_peers"] = MinPeers,
    };

    private static double Fraction(string name, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number > 0 && number <= 1
            ? number
            : throw new FormatException($"{name} must be a fraction above 0 and at most 1 (25% is 0.25), not '{value}'.");

    private static double Positive(string name, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number > 0 && double.IsFinite(number)
            ? number
            : throw new FormatException($"{name} must be a number above 0, not '{value}'.");

    private static int Whole(string name, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw new FormatException($"{name} must be a whole number from {min} to {max}, not '{value}'.");
}
