using System.Globalization;
using System.Text;
using Qingdan.Graph.Store.Security;

namespace Qingdan.Graph.Cli;

/// <summary>
/// What <c>keys list</c> prints: one aligned row a key, times in UTC to the minute. Alignment counts what a terminal shows:
/// a Chinese character takes two columns.
/// </summary>
internal static class KeysTable
{
    private const int MaxCell = 40;

    private static readonly string[] Header = ["id", "name", "role", "scope", "created (UTC)", "expires (UTC)", "last used (UTC)", "state"];

    public static List<string> Lines(IReadOnlyList<ApiKeyRow> keys, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var lines = new List<string>();
        if (keys.Count == 0)
        {
            return lines;
        }

        var rows = keys.Select(k => Cells(k, now)).Prepend(Header).ToList();
        var widths = Enumerable.Range(0, Header.Length).Select(c => rows.Max(r => Width(r[c]))).ToArray();
        foreach (var row in rows)
        {
            var line = new StringBuilder();
            for (var c = 0; c < row.Length; c++)
            {
                var cell = row[c];
                var pad = new string(' ', widths[c] - Width(cell));
                line.Append(c == 0 ? pad + cell : cell).Append(c == 0 || c == row.Length - 1 ? string.Empty : pad).Append("  ");
            }

            lines.Add(line.ToString().TrimEnd());
        }

        return lines;
    }

    /// <summary>Columns a terminal gives the text: two for a wide (CJK, full-width) character, one for the rest.</summary>
    public static int Width(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += IsWide(rune.Value) ? 2 : 1;
        }

        return width;
    }

    private static string[] Cells(ApiKeyRow key, DateTime now) =>
    [
        key.Id.ToString(CultureInfo.InvariantCulture),
        Cut(key.Name),
        key.Role,
        key.Scope is { } scope ? Cut(scope) : "all",
        Time(key.CreatedAt),
        key.ExpiresAt is { } expires ? (expires <= now ? "expired" : Time(expires)) : "never",
        key.LastUsedAt is { } used ? $"{Time(used)} {key.LastUsedAddress ?? "?"}" : "never used",
        StateOf(key, now)
    ];

    private static string StateOf(ApiKeyRow key, DateTime now) => key switch
    {
        { RevokedAt: { } revoked } => $"revoked {Time(revoked)}",
        { ExpiresAt: { } expires } when expires <= now => $"expired {Time(expires)}",
        { PreviousValidUntil: { } until } when until > now => $"rotated: previous valid until {Time(until)}",
        _ => "live"
    };

    private static string Time(DateTime at) => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A long name or scope cut to <see cref="MaxCell"/> columns, so that one key does not push every row apart.</summary>
    private static string Cut(string text)
    {
        if (Width(text) <= MaxCell)
        {
            return text;
        }

        var cut = new StringBuilder();
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += IsWide(rune.Value) ? 2 : 1;
            if (width > MaxCell - 1)
            {
                break;
            }

            cut.Append(rune.ToString());
        }

        return cut.Append('…').ToString();
    }

    // East Asian Wide and Full-width blocks (Unicode UAX #11), the ones Chinese text uses.
    private static bool IsWide(int c) =>
        c is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0x303E) or (>= 0x3041 and <= 0x33FF) or (>= 0x3400 and <= 0x4DBF)
            or (>= 0x4E00 and <= 0x9FFF) or (>= 0xA000 and <= 0xA4CF) or (>= 0xAC00 and <= 0xD7A3) or (>= 0xF900 and <= 0xFAFF)
            or (>= 0xFE30 and <= 0xFE4F) or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6) or (>= 0x20000 and <= 0x3FFFD);
}
