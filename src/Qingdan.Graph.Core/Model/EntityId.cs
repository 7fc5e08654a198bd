using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Qingdan.Graph.Core.Model;

/// <summary>
/// A canonical entity's identity: its kind and store key, written <c>p_123</c>, <c>c_77</c>,
/// <c>a_5</c> or <c>d_9</c> wherever it leaves the process (findings, API, exports).
/// </summary>
public readonly record struct EntityId(NodeKind Kind, long Value)
{
    /// <summary>The prefix that names the kind in the written form.</summary>
    public static string PrefixOf(NodeKind kind) => kind switch
    {
        NodeKind.Person => "p",
        NodeKind.Company => "c",
        NodeKind.Agency => "a",
        NodeKind.Decision => "d",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown node kind."),
    };

    /// <summary>Reads the written form; false when it is not one.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out EntityId? id)
    {
        id = null;
        if (text is not { Length: >= 3 } || text[1] != '_')
        {
            return false;
        }

        NodeKind? kind = text[0] switch
        {
            'p' => NodeKind.Person,
            'c' => NodeKind.Company,
            'a' => NodeKind.Agency,
            'd' => NodeKind.Decision,
            _ => null,
        };
        if (kind is null || !long.TryParse(text.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            return false;
        }

        id = new EntityId(kind.Value, value);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{PrefixOf(Kind)}_{Value}");
}
