using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Core.Graph.Columns;

/// <summary>
/// A link's detail word (relation, associate kind, role, participation role, transaction kind) as its
/// enum's number for traversal, and back. A word read leniently (case, spaces) that is not its enum's
/// exact wire name also keeps its text, so that a link reads back as it was stated.
/// </summary>
internal static class LinkDetails
{
    public const byte None = byte.MaxValue;

    private static readonly Dictionary<LinkKind, string[]> Names = new()
    {
        [LinkKind.Family] = NamesOf<FamilyRelation>(),
        [LinkKind.Associate] = NamesOf<AssociateKind>(),
        [LinkKind.Role] = NamesOf<CompanyRole>(),
        [LinkKind.Participation] = NamesOf<ParticipationRole>(),
        [LinkKind.Transaction] = NamesOf<TransactionKind>(),
    };

    /// <summary>The detail's number, or <see cref="None"/> when it has none or names no value of its kind's vocabulary.</summary>
    public static byte Code(LinkKind kind, string? detail)
    {
        if (detail is null)
        {
            return None;
        }

        int? code = kind switch
        {
            LinkKind.Family => Wire.TryParse<FamilyRelation>(detail, out var r) ? (int)r : null,
            LinkKind.Associate => Wire.TryParse<AssociateKind>(detail, out var a) ? (int)a : null,
            LinkKind.Role => Wire.TryParse<CompanyRole>(detail, out var c) ? (int)c : null,
            LinkKind.Participation => Wire.TryParse<ParticipationRole>(detail, out var p) ? (int)p : null,
            LinkKind.Transaction => Wire.TryParse<TransactionKind>(detail, out var t) ? (int)t : null,
            _ => null,
        };
        return code is { } value ? (byte)value : None;
    }

    public static string? Name(LinkKind kind, byte code) =>
        code != None && Names.TryGetValue(kind, out var names) && code < names.Length ? names[code] : null;

    private static string[] NamesOf<TEnum>()
        where TEnum : struct, Enum
    {
        var values = Enum.GetValues<TEnum>();
        var names = new string[values.Max(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)) + 1];
        foreach (var value in values)
        {
            names[Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)] = Wire.Name(value);
        }

        return names;
    }
}
