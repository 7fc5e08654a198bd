using System.Text;

namespace Qingdan.Graph.Core.Text;

/// <summary>
/// The normal form under which names are compared across registries (DESIGN "Entity resolution"):
/// half-width, no spaces or middle dots, ASCII brackets, one spelling of the limited-company
/// suffix, upper case.
/// </summary>
public static class NameNormalizer
{
    // 有限责任公司 and 有限公司 are the same legal form in registrations; registries use either.
    private const string LongSuffix = "有限责任公司";
    private const string ShortSuffix = "有限公司";

    /// <summary>Normalises a person's, company's or agency's name.</summary>
    public static string Normalize(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(name.Length);
        foreach (var raw in name)
        {
            var c = Width.Fold(raw);
            if (char.IsWhiteSpace(c) || IsMiddleDot(c))
            {
                continue;
            }

            builder.Append(c switch
            {
                '【' or '〔' or '［' => '(',
                '】' or '〕' or '］' => ')',
                _ => Upper(c),
            });
        }

        return builder.Replace(LongSuffix, ShortSuffix).ToString();
    }

    /// <summary>
    /// <see cref="char.ToUpperInvariant"/>, without its call into ICU for the characters names are mostly
    /// made of: ASCII, and CJK ideographs, which have no case.
    /// </summary>
    internal static char Upper(char c) => c switch
    {
        >= 'a' and <= 'z' => (char)(c - 32),
        < '\u0080' => c,
        >= '\u3400' and <= '\u9FFF' => c,
        >= '\uF900' and <= '\uFAFF' => c,
        _ => char.ToUpperInvariant(c),
    };

    private static bool IsMiddleDot(char c) => c is '·' or '•' or '.' or '・' or '‧' or '∙' or '⋅';
}
