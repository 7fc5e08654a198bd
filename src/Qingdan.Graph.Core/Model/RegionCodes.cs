namespace Qingdan.Graph.Core.Model;

/// <summary>GB/T 2260 six-digit region codes and their nesting (RULES "Jurisdiction").</summary>
public static class RegionCodes
{
    /// <summary>
    /// The code with trailing <c>00</c> pairs stripped: <c>440000</c> → <c>44</c>,
    /// <c>440800</c> → <c>4408</c>, <c>440802</c> → <c>440802</c>.
    /// </summary>
    public static string Prefix(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var prefix = code.AsSpan();
        while (prefix.Length > 2 && prefix.EndsWith("00", StringComparison.Ordinal))
        {
            prefix = prefix[..^2];
        }

        return prefix.ToString();
    }

    /// <summary>True when <paramref name="inner"/> lies inside the region <paramref name="outer"/>.</summary>
    public static bool Contains(string outer, string inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        return inner.StartsWith(Prefix(outer), StringComparison.Ordinal);
    }
}
