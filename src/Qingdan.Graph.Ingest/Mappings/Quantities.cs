using System.Globalization;
using Qingdan.Graph.Ingest.Sheets;

namespace Qingdan.Graph.Ingest.Mappings;

/// <summary><c>amount:</c> and <c>share:</c> (mapping.md "Values"): amounts in yuan and shares as the bundle's percentages.</summary>
internal static class Quantities
{
    private static readonly (string Unit, decimal Factor)[] Units =
        [("亿元", 100_000_000m), ("亿", 100_000_000m), ("万元", 10_000m), ("万", 10_000m), ("千元", 1_000m), ("元", 1m)];

    /// <summary>
    /// An amount in yuan: the number times <paramref name="unit"/>'s factor, or, when the cell writes a unit
    /// (<c>12.5万元</c>, <c>3亿</c>), times that unit's — what the cell says is believed over the column's
    /// unit. Thousands separators, currency signs and accounting brackets for negatives are read.
    /// </summary>
    public static string? Amount(SheetCell cell, string text, AmountUnit unit, out string? problem)
    {
        problem = null;
        var factor = unit switch
        {
            AmountUnit.TenThousand => 10_000m,
            AmountUnit.HundredMillion => 100_000_000m,
            _ => 1m,
        };
        if (cell.Kind == CellKind.Number && !text.EndsWith('%'))
        {
            return Format((decimal)cell.Number * factor);
        }

        var cleaned = text.Trim().Replace(",", string.Empty, StringComparison.Ordinal).Replace("，", string.Empty, StringComparison.Ordinal)
            .Replace(" ", string.Empty, StringComparison.Ordinal).Replace("人民币", string.Empty, StringComparison.Ordinal);
        foreach (var sign in new[] { "RMB", "CNY", "¥", "￥" })
        {
            cleaned = cleaned.Replace(sign, string.Empty, StringComparison.OrdinalIgnoreCase);
        }

        var negative = cleaned.StartsWith('(') && cleaned.EndsWith(')');
        cleaned = negative ? cleaned[1..^1] : cleaned;
        foreach (var (written, writtenFactor) in Units)
        {
            if (cleaned.EndsWith(written, StringComparison.Ordinal))
            {
                cleaned = cleaned[..^written.Length];
                factor = writtenFactor;
                break;
            }
        }

        if (!decimal.TryParse(
            cleaned,
            NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
            CultureInfo.InvariantCulture,
            out var number))
        {
            problem = $"'{text}' is not an amount";
            return null;
        }

        return Format((negative ? -number : number) * factor);
    }

    /// <summary>
    /// A share as the bundle writes it, a percentage: <c>percent</c> keeps the cell's number (0–100, <c>%</c>
    /// allowed); <c>fraction</c> reads 0–1 and multiplies by 100. A cell that writes <c>%</c> is a
    /// percentage either way.
    /// </summary>
    public static string? Share(SheetCell cell, string text, bool fraction, out string? problem)
    {
        problem = null;
        var trimmed = text.Trim().Replace('％', '%');
        var percent = trimmed.EndsWith('%');
        var digits = percent ? trimmed[..^1].Trim() : trimmed;
        decimal number;
        if (cell.Kind == CellKind.Number && !percent)
        {
            number = (decimal)cell.Number;
        }
        else if (!decimal.TryParse(
            digits,
            NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
            CultureInfo.InvariantCulture,
            out number))
        {
            problem = $"'{text}' is not a share";
            return null;
        }

        if (!fraction || percent)
        {
            return Format(number);
        }

        if (number is < 0 or > 1)
        {
            problem = $"'{text}' is not a fraction between 0 and 1 (share: fraction; write share: percent for 0–100)";
            return null;
        }

        return Format(number * 100);
    }

    // Shares and many amounts are small whole numbers: their texts are made once.
    private static readonly string[] Small = [.. Enumerable.Range(0, 1001).Select(i => i.ToString(CultureInfo.InvariantCulture))];

    public static string Format(decimal value) =>
        value >= 0 && value <= 1000 && decimal.Truncate(value) == value
            ? Small[(int)value]
            : (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
