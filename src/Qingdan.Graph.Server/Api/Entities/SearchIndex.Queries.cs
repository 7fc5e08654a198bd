using System.Text;
using System.Text.RegularExpressions;
using Qingdan.Graph.Core.Text;

namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>How a query and the fields are normalised, and which fields and tiers a query may match.</summary>
public sealed partial class SearchIndex
{
    /// <summary>Fewest characters of the normalised query for a prefix or substring match of the field.</summary>
    public static int MinLength(SearchField field, SearchMatch match) => (field, match) switch
    {
        (SearchField.Name, SearchMatch.Substring) => 2,
        (SearchField.Address, _) => 2,
        (SearchField.Phone, SearchMatch.Prefix) => 3,
        (SearchField.Phone, SearchMatch.Substring) => 4,
        (SearchField.IdentityNumber or SearchField.CreditCode, SearchMatch.Prefix) => 4,
        (SearchField.IdentityNumber or SearchField.CreditCode, SearchMatch.Substring) => int.MaxValue,
        _ => 1,
    };

    internal static string NameKey(string? text) => NameNormalizer.Normalize(text);

    internal static string? IdentifierKey(string? text) =>
        text is null ? null : Width.ToHalfWidth(text).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

    /// <summary>The digits of a phone number, without a leading 86 country code on a mobile number.</summary>
    internal static string? PhoneKey(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var digits = new StringBuilder(text.Length);
        foreach (var c in Width.ToHalfWidth(text))
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
        }

        return digits.Length == 13 && digits[0] == '8' && digits[1] == '6' ? digits.ToString(2, 11) : digits.ToString();
    }

    private static bool Applies(SearchField field, SearchMatch match, string query) =>
        match == SearchMatch.Exact ? field != SearchField.Phone || query.Length >= 3 : query.Length >= MinLength(field, match);

    // The query as each field is normalised: names and addresses always; identifiers when it is letters, digits and *; a phone
    // when it is digits with the usual separators.
    private static List<(SearchField Field, string Query)> Queries(string text)
    {
        var queries = new List<(SearchField, string)>();
        var name = NameKey(text.Trim());
        if (name.Length == 0)
        {
            return queries;
        }

        queries.Add((SearchField.Name, name));
        if (IdentifierKey(text.Trim()) is { } identifier && IdentifierShape().IsMatch(identifier))
        {
            queries.Add((SearchField.IdentityNumber, identifier));
            queries.Add((SearchField.CreditCode, identifier));
        }

        if (PhoneShape().IsMatch(Width.ToHalfWidth(text.Trim())) && PhoneKey(text) is { Length: > 0 } phone)
        {
            queries.Add((SearchField.Phone, phone));
        }

        queries.Add((SearchField.Address, name));
        return queries;
    }

    [GeneratedRegex(@"^[0-9A-Z*]+$")]
    private static partial Regex IdentifierShape();

    [GeneratedRegex(@"^\+?[0-9][0-9 ()\-]*$")]
    private static partial Regex PhoneShape();
}
