using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Qingdan.Graph.Core.Model;

/// <summary>
/// The one vocabulary table: for each value of a vocabulary enum, the snake-case word it travels under in
/// bundles, findings, links and the API (<c>ChildSpouse</c> ↔ <c>child_spouse</c>), and the name the store's
/// enum columns keep it under (<c>ChildSpouse</c>, as EF Core's string conversion writes it). Both are made
/// once an enum: <see cref="Enum.ToString()"/> boxes the value and looks the name up at each call (twice a
/// record in an ingest).
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

    /// <summary>
    /// The name a store column of the enum (identifier status, sex, procurement method) holds, or null for
    /// null; a value without a name is written as <see cref="Enum.ToString()"/> writes it, its number.
    /// </summary>
    public static string? StoredName<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value is { } v ? Names<TEnum>.Stored.GetValueOrDefault(v) ?? v.ToString() : null;

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

        public static readonly Dictionary<TEnum, string> ToWire = Enum.GetValues<TEnum>()
            .ToDictionary(v => v, v => ToSnakeCase(v.ToString()));

        public static readonly Dictionary<string, TEnum> FromWire = Enum.GetValues<TEnum>()
            .ToDictionary(v => ToSnakeCase(v.ToString()), v => v, StringComparer.OrdinalIgnoreCase);

        public static readonly Dictionary<TEnum, string> Stored = Enum.GetValues<TEnum>().Distinct()
            .ToDictionary(v => v, v => v.ToString());
    }
}
