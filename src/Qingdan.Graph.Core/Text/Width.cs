namespace Qingdan.Graph.Core.Text;

/// <summary>Full-width to half-width folding, as Chinese registries mix both forms.</summary>
public static class Width
{
    /// <summary>Folds full-width ASCII variants (U+FF01–U+FF5E) and the ideographic space to their half-width forms.</summary>
    public static string ToHalfWidth(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!NeedsFolding(value))
        {
            return value;
        }

        return string.Create(value.Length, value, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Fold(source[i]);
            }
        });
    }

    /// <summary>Folds one character.</summary>
    public static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        _ => c,
    };

    private static bool NeedsFolding(string value)
    {
        foreach (var c in value)
        {
            if (c is (>= '\uFF01' and <= '\uFF5E') or '\u3000')
            {
                return true;
            }
        }

        return false;
    }
}
