using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Qingdan.Graph.Ingest.Statements;

namespace Qingdan.Graph.Store.Ingest.Writing;

/// <summary>
/// What makes two link rows of one registry the same fact: kind, refs, interval and every
/// property. Provenance (file, line) is not part of it, so a registry restating a fact restates it.
/// </summary>
internal static class FactKeys
{
    public static Guid For(string registry, LinkStatement link)
    {
        var text = string.Join(
            '\u001F',
            registry,
            (int)link.Kind,
            (int)link.From.Kind,
            link.From.Ref,
            (int)link.To.Kind,
            link.To.Ref,
            Day(link.Start),
            Day(link.End),
            link.Detail,
            link.Share?.ToString("R", CultureInfo.InvariantCulture),
            link.Amount?.ToString(CultureInfo.InvariantCulture),
            link.MonthlySalary?.ToString(CultureInfo.InvariantCulture),
            link.Nominal?.ToString(),
            link.Title,
            link.Rank,
            string.Join('|', link.Powers),
            link.Note);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return new Guid(hash[..16]);
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
