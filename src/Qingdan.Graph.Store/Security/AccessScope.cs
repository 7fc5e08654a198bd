using System.Globalization;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Store.Security;

/// <summary>
/// What a scoped key or token may read (docs/security.md "Scopes"): GB/T 2260 region prefixes (<c>44</c>, <c>4408</c>,
/// <c>440802</c>) and agency ids (<c>a_12</c>). An agency is inside when its id is listed or its region code starts with
/// a listed prefix; an official is inside when they hold or held a post at an agency inside.
/// </summary>
public sealed class AccessScope : IEquatable<AccessScope>
{
    private AccessScope(IReadOnlyList<string> regions, IReadOnlyList<long> agencies)
    {
        Regions = regions;
        Agencies = agencies;
    }

    /// <summary>Region prefixes, as given (trailing <c>00</c> pairs stripped), sorted.</summary>
    public IReadOnlyList<string> Regions { get; }

    /// <summary>Agency ids (the number of <c>a_12</c>), sorted.</summary>
    public IReadOnlyList<long> Agencies { get; }

    /// <summary>
    /// The scope a list names: items separated by commas or white space, each a region prefix of 2 to 12 digits or an
    /// agency id; null for an empty list (unscoped). A <see cref="FormatException"/> names the first item that is neither.
    /// </summary>
    public static AccessScope? Parse(string? text)
    {
        var regions = new SortedSet<string>(StringComparer.Ordinal);
        var agencies = new SortedSet<long>();
        foreach (var item in (text ?? string.Empty).Split([',', ' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (item.Length is >= 2 and <= 12 && item.All(char.IsAsciiDigit))
            {
                regions.Add(RegionCodes.Prefix(item));
            }
            else if (EntityId.TryParse(item, out var id) && id.Value.Kind == NodeKind.Agency)
            {
                agencies.Add(id.Value.Value);
            }
            else
            {
                throw new FormatException(
                    $"'{item}' is neither a region prefix (2 to 12 digits of GB/T 2260, such as 4408 or 440802) nor an agency id (a_12).");
            }
        }

        return regions.Count + agencies.Count == 0 ? null : new AccessScope([.. regions], [.. agencies]);
    }

    /// <summary>Whether the agency with this id and region code is inside the scope.</summary>
    public bool Covers(long agencyId, string? regionCode)
    {
        if (Agencies.Contains(agencyId))
        {
            return true;
        }

        foreach (var prefix in Regions)
        {
            if (regionCode?.StartsWith(prefix, StringComparison.Ordinal) == true)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The canonical form, as stored with a key: regions then agencies, comma-separated (<c>440802,a_12</c>).</summary>
    public override string ToString() => string.Join(
        ',',
        Regions.Concat(Agencies.Select(a => "a_" + a.ToString(CultureInfo.InvariantCulture))));

    public bool Equals(AccessScope? other) => other is not null && ToString() == other.ToString();

    public override bool Equals(object? obj) => obj is AccessScope other && Equals(other);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());
}
