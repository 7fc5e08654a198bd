using System.Globalization;

namespace Qingdan.Graph.Store.Security;

/// <summary>The last row of the chain, written <c>&lt;id&gt;:&lt;hash&gt;</c>: kept outside the store, it pins everything up to that
/// row.</summary>
public sealed record AuditHead(long Id, string Hash, DateTime? At = null)
{
    /// <summary>Reads <c>&lt;id&gt;:&lt;hash&gt;</c> as <c>qingdan audit head</c> prints it; throws <see cref="FormatException"/>
    /// naming what is wrong.</summary>
    public static AuditHead Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Trim().Split(':');
        if (parts.Length != 2
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || parts[1].Length != 64
            || !parts[1].All(char.IsAsciiHexDigit))
        {
            throw new FormatException(
                $"'{text}' is not an audit head: it is '<id>:<hash>', a row id and 64 hex digits, as 'qingdan audit head' prints it.");
        }

        return new AuditHead(id, parts[1].ToLowerInvariant());
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Id}:{Hash}");
}
