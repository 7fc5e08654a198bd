using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Qingdan.Graph.Core.Model;

/// <summary>
/// The snake-case names under which vocabulary enums travel in bundles, findings and the API
/// (<c>ChildSpouse</c> ↔ <c>child_spouse</c>).
/// </summary>
public static class Wire
{
    /// <summary>The wire name of an enum value.</summary>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => Names<TEnum>.ToWire[value];

    /// <summary>Reads a wire name, ignoring case and surrounding space; false for an unknown word.</summary>
    public static bool TryParse<TEnum>(string? text, [NotNullWhen(true)] out TEnum? value)
        where TEnum : struct, Enum
    {
        if (text is not null && Names<TEnum>.FromWire.TryGetValue(text.Trim(), out var found))
        {
            value = found;
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>Every wire name of the enum, in declaration order.</summary>
    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum => Names<TEnum>.InOrder;

    /// <summary>Converts a PascalCase identifier to snake case.</summary>
    public static string ToSnakeCase(string pascal)
    {
        ArgumentNullException.ThrowIfNull(pascal);
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static class Names<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly IReadOnlyList<string> InOrder = Enum.GetValues<TEnum>().Select(v => ToSnakeCase(v.ToString())).ToArray();

        public static readonly Dictionary<TEnum, string> ToWire = Enum.GetValues<TEnum>().ToDictionary(v => v, v => ToSnakeCase(v.ToString()));

        public static readonly Dictionary<string, TEnum> FromWire = Enum.GetValues<TEnum>()
            .ToDictionary(v => ToSnakeCase(v.ToString()), v => v, StringComparer.OrdinalIgnoreCase);
    }
}
