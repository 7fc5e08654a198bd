using System.Data.Common;
using System.Globalization;

namespace Qingdan.Graph.Store.Ingest.Writing;

/// <summary>Column reads that work the same on Npgsql and Microsoft.Data.Sqlite readers.</summary>
internal static class DataReaderExtensions
{
    public static string? Text(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long? Long(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    public static int? Int(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Convert.ToInt32(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    public static DateOnly? Date(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetValue(ordinal) switch
        {
            DateOnly date => date,
            DateTime time => DateOnly.FromDateTime(time),
            string text => DateOnly.ParseExact(text.Length > 10 ? text[..10] : text, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            var other => throw new InvalidCastException($"Cannot read {other.GetType().Name} as a date."),
        };

    public static decimal? Decimal(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetValue(ordinal) switch
        {
            decimal value => value,
            string text => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
            var other => Convert.ToDecimal(other, CultureInfo.InvariantCulture),
        };

    public static bool? Bool(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetValue(ordinal) switch
        {
            bool value => value,
            var other => Convert.ToInt64(other, CultureInfo.InvariantCulture) != 0,
        };
}
