using Qingdan.Graph.Core.Identifiers;

namespace Qingdan.Graph.Core.Graph.Columns;

/// <summary>
/// Valid identifiers as numbers: an identity number's first 17 digits in a long, a credit code's first
/// 17 characters in base 31 as a long (12 characters) and an int (5); the check character follows from
/// them. 0 means none, <see cref="AsText"/> that the identifier is kept as text (masked or invalid).
/// </summary>
internal static class PackedIdentifiers
{
    public const long None = 0;

    public const long AsText = -1;

    private const long Digits17 = 100_000_000_000_000_000;
    private const long Base31Pow12 = 787_662_783_788_549_761;
    private const int Base31Pow5 = 28_629_151;

    public static long Pack(IdentityNumber? number)
    {
        if (number is null)
        {
            return None;
        }

        if (!number.IsValid)
        {
            return AsText;
        }

        var value = 0L;
        foreach (var c in number.Value.AsSpan(0, 17))
        {
            value = (value * 10) + (c - '0');
        }

        return value + 1;
    }

    public static IdentityNumber Identity(long packed)
    {
        Span<char> digits = stackalloc char[IdentityNumber.Length];
        var value = packed - 1;
        for (var i = 16; i >= 0; i--)
        {
            digits[i] = (char)('0' + (value % 10));
            value /= 10;
        }

        digits[17] = IdentityNumber.ComputeCheck(digits[..17]);
        return IdentityNumber.Parse(new string(digits))!;
    }

    public static bool IsIdentity(long packed) => packed is >= AsText and <= Digits17;

    public static (long High, int Low) Pack(CreditCode? code)
    {
        if (code is null)
        {
            return (None, 0);
        }

        if (!code.IsValid)
        {
            return (AsText, 0);
        }

        var value = code.Value.AsSpan();
        return (Base31(value[..12]) + 1, (int)Base31(value[12..17]));
    }

    public static CreditCode Credit(long high, int low)
    {
        Span<char> chars = stackalloc char[17];
        Characters(high - 1, chars[..12]);
        Characters(low, chars[12..]);
        return CreditCode.Create(new string(chars));
    }

    public static bool IsCredit(long high, int low) =>
        high is >= AsText and <= Base31Pow12 && (uint)low < Base31Pow5 && (high > 0 || low == 0);

    private static long Base31(ReadOnlySpan<char> chars)
    {
        var value = 0L;
        foreach (var c in chars)
        {
            value = (value * 31) + CreditCode.Alphabet.IndexOf(c, StringComparison.Ordinal);
        }

        return value;
    }

    private static void Characters(long value, Span<char> chars)
    {
        for (var i = chars.Length - 1; i >= 0; i--)
        {
            chars[i] = CreditCode.Alphabet[(int)(value % 31)];
            value /= 31;
        }
    }
}
