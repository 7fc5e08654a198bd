using System.Globalization;
using Qingdan.Graph.Core.Text;

namespace Qingdan.Graph.Core.Identifiers;

/// <summary>
/// An 18-character resident identity number (GB 11643-1999): six-digit region, birth date
/// <c>YYYYMMDD</c>, three-digit sequence (odd for men) and an ISO 7064 MOD 11-2 check character.
/// Registries publish it complete, masked (<c>440802********123X</c>) or wrong; all three are kept.
/// </summary>
public sealed class IdentityNumber : IEquatable<IdentityNumber>
{
    /// <summary>The length of a second-generation number.</summary>
    public const int Length = 18;

    private const char MaskChar = '*';
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckChars = "10X98765432";

    private IdentityNumber(string value, IdentifierStatus status, string? problem)
    {
        Value = value;
        Status = status;
        Problem = problem;
    }

    /// <summary>The number as normalised: half-width, upper-case <c>X</c>, 15-digit numbers upgraded to 18.</summary>
    public string Value { get; }

    /// <summary>Valid, masked or invalid.</summary>
    public IdentifierStatus Status { get; }

    /// <summary>Why the number is invalid; null otherwise.</summary>
    public string? Problem { get; }

    /// <summary>True when the number is complete and its check character is right.</summary>
    public bool IsValid => Status == IdentifierStatus.Valid;

    /// <summary>The six-digit region code, when all six characters are visible.</summary>
    public string? RegionCode => Status != IdentifierStatus.Invalid && Visible(0, 6) ? Value[..6] : null;

    /// <summary>The birth date, when all eight of its characters are visible.</summary>
    public DateOnly? BirthDate => Status != IdentifierStatus.Invalid && Visible(6, 8) ? ParseBirthDate(Value.AsSpan(6, 8)) : null;

    /// <summary>The sex, when the 17th character is visible.</summary>
    public Sex? Sex => Status != IdentifierStatus.Invalid && Value[16] != MaskChar
        ? ((Value[16] - '0') % 2 == 1 ? Identifiers.Sex.Male : Identifiers.Sex.Female)
        : null;

    /// <summary>
    /// Reads a number as a registry states it. Returns null for an empty value; never throws for
    /// bad input: a malformed or mis-checked number comes back with <see cref="IdentifierStatus.Invalid"/>.
    /// </summary>
    public static IdentityNumber? Parse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var value = Width.ToHalfWidth(raw.Trim()).ToUpperInvariant();
        if (value.Length == 15 && value.All(char.IsAsciiDigit))
        {
            // First-generation number: GB 11643-1999 upgrades it by inserting the century and a check character.
            var upgraded = $"{value.AsSpan(0, 6)}19{value.AsSpan(6)}";
            value = upgraded + ComputeCheck(upgraded);
        }

        if (value.Length != Length)
        {
            return Invalid(value, $"has {value.Length} characters, not {Length}");
        }

        var masked = false;
        for (var i = 0; i < Length; i++)
        {
            var c = value[i];
            if (c == MaskChar)
            {
                masked = true;
            }
            else if (!char.IsAsciiDigit(c) && !(i == Length - 1 && c == 'X'))
            {
                return Invalid(value, $"character {i + 1} '{c}' is not a digit");
            }
        }

        var visibleDate = !value.AsSpan(6, 8).Contains(MaskChar);
        if (visibleDate && ParseBirthDate(value.AsSpan(6, 8)) is null)
        {
            return Invalid(value, $"'{value.Substring(6, 8)}' is not a birth date");
        }

        if (masked)
        {
            return new IdentityNumber(value, IdentifierStatus.Masked, null);
        }

        var expected = ComputeCheck(value.AsSpan(0, 17));
        return value[17] == expected
            ? new IdentityNumber(value, IdentifierStatus.Valid, null)
            : Invalid(value, $"check character is '{value[17]}', expected '{expected}'");
    }

    /// <summary>The check character for the first 17 digits.</summary>
    public static char ComputeCheck(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            throw new ArgumentException("Seventeen digits are needed.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(first17[i]))
            {
                throw new ArgumentException($"Character {i + 1} is not a digit.", nameof(first17));
            }

            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckChars[sum % 11];
    }

    /// <summary>Builds a valid number from its parts; <paramref name="sequence"/> is 0–999, odd for men.</summary>
    public static IdentityNumber Create(string regionCode, DateOnly birthDate, int sequence)
    {
        if (regionCode is not { Length: 6 } || !regionCode.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("A region code is six digits.", nameof(regionCode));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, 999);
        var first17 = string.Concat(
            regionCode,
            birthDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            sequence.ToString("D3", CultureInfo.InvariantCulture));
        return new IdentityNumber(first17 + ComputeCheck(first17), IdentifierStatus.Valid, null);
    }

    /// <summary>
    /// True when the two numbers can be the same person's: neither is invalid and every
    /// position visible in both holds the same character.
    /// </summary>
    public bool IsCompatibleWith(IdentityNumber other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Status == IdentifierStatus.Invalid || other.Status == IdentifierStatus.Invalid)
        {
            return false;
        }

        for (var i = 0; i < Length; i++)
        {
            if (Value[i] != MaskChar && other.Value[i] != MaskChar && Value[i] != other.Value[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The number with characters 7–14 hidden, as public registries print it (<c>440802********123X</c>).</summary>
    public string ToMasked() => Value.Length == Length
        ? string.Concat(Value.AsSpan(0, 6), new string(MaskChar, 8), Value.AsSpan(14))
        : new string(MaskChar, Value.Length);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <inheritdoc />
    public bool Equals(IdentityNumber? other) => other is not null && Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IdentityNumber);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode(StringComparison.Ordinal);

    private static IdentityNumber Invalid(string value, string problem) =>
        new(value, IdentifierStatus.Invalid, $"identity number {value} {problem}");

    private bool Visible(int start, int length) => Value.Length == Length && !Value.AsSpan(start, length).Contains(MaskChar);

    // Digits read by hand: the culture-aware exact parse cost ≈ 1 µs a number, the most of a snapshot's person load.
    private static DateOnly? ParseBirthDate(ReadOnlySpan<char> yyyymmdd)
    {
        if (yyyymmdd.Length != 8)
        {
            return null;
        }

        var digits = 0;
        foreach (var c in yyyymmdd)
        {
            if (!char.IsAsciiDigit(c))
            {
                return null;
            }

            digits = (digits * 10) + (c - '0');
        }

        var (year, month, day) = (digits / 10_000, digits / 100 % 100, digits % 100);
        return year >= 1800 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }
}
