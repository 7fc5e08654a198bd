using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Qingdan.Graph.Store.Security;

/// <summary>
/// The hash chain of the audit log, as both the writer and <c>qingdan audit verify</c> compute it:
/// <c>hash = lowercase hex SHA-256(previous hash ‖ canonical row)</c>, where the previous hash is the 64
/// ASCII hex characters of the row before (<see cref="Genesis"/> for the first chained row) and the
/// canonical row is seven netstrings (<c>&lt;byte length&gt;:&lt;UTF-8 bytes&gt;,</c>) in this order:
/// id (decimal), at (<c>yyyy-MM-ddTHH:mm:ss.ffffffZ</c>, UTC, microseconds), actor, role, operation,
/// entities, address. Row 7 by 张检察 hashes
/// <c>SHA-256("000…000" + "1:7," + "27:2026-12-03T10:02:11.123456Z," + "9:张检察," + …)</c>.
/// </summary>
public static class AuditChain
{
    /// <summary>The previous hash of the first chained row: 64 zeros.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>The form of <c>at</c> in the canonical row.</summary>
    public const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    /// <summary>
    /// A time as the log keeps it: UTC, cut to whole microseconds (PostgreSQL keeps microseconds; SQLite
    /// keeps what it is given), so that what is hashed is what either store gives back.
    /// </summary>
    public static DateTime Truncate(DateTime at)
    {
        var utc = at.Kind == DateTimeKind.Local ? at.ToUniversalTime() : at;
        return new DateTime(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);
    }

    /// <summary>The canonical bytes of a row (its <see cref="AuditRow.Hash"/> aside).</summary>
    public static byte[] Canonical(AuditRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return Canonical(row.Id, row);
    }

    /// <summary>The hash of <paramref name="row"/> following a row whose hash is <paramref name="previous"/>.</summary>
    public static string Hash(string previous, AuditRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return Hash(previous, row.Id, row);
    }

    /// <summary>The hash the row would have under another id: how the verifier tells a renumbered log.</summary>
    internal static string Hash(string previous, long id, AuditRow row)
    {
        ArgumentNullException.ThrowIfNull(previous);
        Span<string> fields =
        [
            id.ToString(CultureInfo.InvariantCulture),
            Truncate(row.At).ToString(TimeFormat, CultureInfo.InvariantCulture),
            row.Actor, row.Role, row.Operation, row.Entities, row.Address,
        ];
        var size = previous.Length;
        foreach (var field in fields)
        {
            size += Encoding.UTF8.GetByteCount(field) + 12;
        }

        // One buffer for the whole input (the verifier hashes a million rows a run): previous ‖ netstrings.
        var rented = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            var at = Encoding.ASCII.GetBytes(previous, rented);
            foreach (var field in fields)
            {
                var length = Encoding.UTF8.GetByteCount(field);
                length.TryFormat(rented.AsSpan(at), out var digits, default, CultureInfo.InvariantCulture);
                at += digits;
                rented[at++] = (byte)':';
                at += Encoding.UTF8.GetBytes(field, rented.AsSpan(at));
                rented[at++] = (byte)',';
            }

            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(rented.AsSpan(0, at), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// A text as the log stores it: at most <paramref name="max"/> characters, no pair of surrogates cut in
    /// two, lone surrogates and NUL (which PostgreSQL refuses) replaced by U+FFFD, so that the text read back
    /// is the text hashed.
    /// </summary>
    internal static string Clean(string? value, int max)
    {
        value ??= string.Empty;
        if (value.Length > max)
        {
            value = value[..(char.IsHighSurrogate(value[max - 1]) ? max - 1 : max)];
        }

        StringBuilder? cleaned = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
            var bad = c == '\0' || (!pair && char.IsSurrogate(c));
            if (bad && cleaned is null)
            {
                cleaned = new StringBuilder(value, 0, i, value.Length);
            }

            if (cleaned is not null)
            {
                cleaned.Append(bad ? '\uFFFD' : c);
                if (pair)
                {
                    cleaned.Append(value[i + 1]);
                }
            }

            if (pair)
            {
                i++;
            }
        }

        return cleaned?.ToString() ?? value;
    }

    private static byte[] Canonical(long id, AuditRow row)
    {
        using var buffer = new MemoryStream();
        Field(buffer, id.ToString(CultureInfo.InvariantCulture));
        Field(buffer, Truncate(row.At).ToString(TimeFormat, CultureInfo.InvariantCulture));
        Field(buffer, row.Actor);
        Field(buffer, row.Role);
        Field(buffer, row.Operation);
        Field(buffer, row.Entities);
        Field(buffer, row.Address);
        return buffer.ToArray();
    }

    private static void Field(MemoryStream buffer, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        buffer.Write(Encoding.ASCII.GetBytes(bytes.Length.ToString(CultureInfo.InvariantCulture)));
        buffer.WriteByte((byte)':');
        buffer.Write(bytes);
        buffer.WriteByte((byte)',');
    }
}
