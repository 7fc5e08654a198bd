using System.Buffers.Binary;

namespace Qingdan.Graph.Store.Graph;

/// <summary>
/// PostgreSQL's binary <c>numeric</c>: digit count, weight, sign and display scale, then base-10000
/// digits. Read into a decimal with the column's scale, as Npgsql reads it (<c>numeric(20,2)</c> 5 → 5.00).
/// </summary>
internal static class PostgresNumeric
{
    private const ushort Negative = 0x4000;
    private const ushort NotANumber = 0xC000;

    public static decimal Read(ReadOnlySpan<byte> value)
    {
        var digits = BinaryPrimitives.ReadInt16BigEndian(value);
        var weight = BinaryPrimitives.ReadInt16BigEndian(value[2..]);
        var sign = BinaryPrimitives.ReadUInt16BigEndian(value[4..]);
        var scale = BinaryPrimitives.ReadInt16BigEndian(value[6..]);
        if (sign == NotANumber || scale > 28)
        {
            throw new InvalidCastException("A numeric value is NaN or has more than 28 decimal places; it cannot be read as a decimal.");
        }

        // The value times 10^scale is a whole number: each base-10000 digit contributes digit · 10^(4·(weight − i) + scale),
        // and a digit reaching past the scale has only zeros there.
        UInt128 whole = 0;
        for (var i = 0; i < digits; i++)
        {
            var digit = BinaryPrimitives.ReadInt16BigEndian(value[(8 + (2 * i))..]);
            var exponent = (4 * (weight - i)) + scale;
            whole += exponent >= 0 ? (UInt128)(ushort)digit * UInt128Pow10(exponent) : (UInt128)(digit / (int)Math.Pow(10, -exponent));
        }

        if (whole >> 96 != 0)
        {
            throw new OverflowException("A numeric value has more than 28 digits; it cannot be read as a decimal.");
        }

        return new decimal((int)(uint)whole, (int)(uint)(whole >> 32), (int)(uint)(whole >> 64), sign == Negative, (byte)scale);
    }

    /// <summary>The most bytes <see cref="Write"/> takes: the header and eight base-10000 digits (28 decimal digits, aligned).</summary>
    public const int MaxLength = 8 + (2 * 9);

    /// <summary>
    /// Writes a decimal as Npgsql does: its own scale as the display scale, no leading or trailing zero
    /// digits, zero as no digits. Returns the bytes written.
    /// </summary>
    public static int Write(decimal value, Span<byte> destination)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = (bits[3] >> 16) & 0xFF;
        var negative = bits[3] < 0;
        var whole = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];

        // Align the scale to whole base-10000 digits, then take the digits from the lowest.
        var pad = (4 - (scale % 4)) % 4;
        whole *= UInt128Pow10(pad);
        var fractionDigits = (scale + pad) / 4;
        Span<short> digits = stackalloc short[10];
        var count = 0;
        while (whole != 0)
        {
            digits[count++] = (short)(ushort)(whole % 10000);
            whole /= 10000;
        }

        // digits[0] is the lowest, at 10000^-fractionDigits; drop trailing zeros from the low end.
        var low = 0;
        while (low < count && digits[low] == 0)
        {
            low++;
        }

        var written = count - low;
        var weight = written == 0 ? 0 : count - 1 - fractionDigits;
        BinaryPrimitives.WriteInt16BigEndian(destination, (short)written);
        BinaryPrimitives.WriteInt16BigEndian(destination[2..], (short)weight);
        BinaryPrimitives.WriteUInt16BigEndian(destination[4..], written != 0 && negative ? Negative : (ushort)0);
        BinaryPrimitives.WriteInt16BigEndian(destination[6..], (short)scale);
        for (var i = 0; i < written; i++)
        {
            BinaryPrimitives.WriteInt16BigEndian(destination[(8 + (2 * i))..], digits[count - 1 - i]);
        }

        return 8 + (2 * written);
    }

    private static UInt128 UInt128Pow10(int exponent)
    {
        if (exponent > 38)
        {
            throw new OverflowException("A numeric value is too large to be read as a decimal.");
        }

        UInt128 result = 1;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }
}
