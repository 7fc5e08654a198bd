using Qingdan.Graph.Core.Text;

namespace Qingdan.Graph.Core.Identifiers;

/// <summary>
/// An 18-character unified social credit code (GB 32100-2015): registration authority, entity
/// type, six-digit region code, nine-character organisation code and a mod-31 check character,
/// over an alphabet without I, O, S, V and Z.
/// </summary>
public sealed class CreditCode : IEquatable<CreditCode>
{
    /// <summary>The length of a code.</summary>
    public const int Length = 18;

    /// <summary>The 31 characters a code is written in, in the order of their values.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private const char MaskChar = '*';
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private CreditCode(string value, IdentifierStatus status, string? problem)
    {
        Value = value;
        Status = status;
        Problem = problem;
    }

    /// <summary>The code as normalised: half-width, upper case.</summary>
    public string Value { get; }

    /// <summary>Valid, masked or invalid.</summary>
    public IdentifierStatus Status { get; }

    /// <summary>Why the code is invalid; null otherwise.</summary>
    public string? Problem { get; }

    /// <summary>True when the code is complete and its check character is right.</summary>
    public bool IsValid => Status == IdentifierStatus.Valid;

    /// <summary>Characters 3–8, the GB/T 2260 region code of the registering authority, when visible.</summary>
    public string? RegionCode => Status != IdentifierStatus.Invalid && !Value.AsSpan(2, 6).Contains(MaskChar)
        && Value.AsSpan(2, 6).IndexOfAnyExceptInRange('0', '9') < 0
        ? Value.Substring(2, 6)
        : null;

    /// <summary>
    /// Reads a code as a registry states it. Returns null for an empty value; never throws for bad
    /// input: a malformed or mis-checked code comes back with <see cref="IdentifierStatus.Invalid"/>.
    /// </summary>
    public static CreditCode? Parse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var value = Width.ToHalfWidth(raw.Trim()).ToUpperInvariant();
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
            else if (!Alphabet.Contains(c, StringComparison.Ordinal))
            {
                return Invalid(value, $"character {i + 1} '{c}' is not in the code's alphabet");
            }
        }

        if (masked)
        {
            return new CreditCode(value, IdentifierStatus.Masked, null);
        }

        var expected = ComputeCheck(value.AsSpan(0, 17));
        return value[17] == expected
            ? new CreditCode(value, IdentifierStatus.Valid, null)
            : Invalid(value, $"check character is '{value[17]}', expected '{expected}'");
    }

    /// <summary>The check character for the first 17 characters.</summary>
    public static char ComputeCheck(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            throw new ArgumentException("Seventeen characters are needed.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var v = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (v < 0)
            {
                throw new ArgumentException($"Character {i + 1} '{first17[i]}' is not in the code's alphabet.", nameof(first17));
            }

            sum += v * Weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }

    /// <summary>Completes 17 characters with their check character.</summary>
    public static CreditCode Create(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        return new CreditCode(first17 + ComputeCheck(first17), IdentifierStatus.Valid, null);
    }

    /// <summary>True when neither code is invalid and every position visible in both agrees.</summary>
    public bool IsCompatibleWith(CreditCode other)
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

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <inheritdoc />
    public bool Equals(CreditCode? other) => other is not null && Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CreditCode);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode(StringComparison.Ordinal);

    private static CreditCode Invalid(string value, string problem) =>
        new(value, IdentifierStatus.Invalid, $"credit code {value} {problem}");
}
