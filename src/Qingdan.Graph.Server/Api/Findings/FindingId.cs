using System.Globalization;

namespace Qingdan.Graph.Server.Api.Findings;

/// <summary>A finding's id as the API spells it: <c>f_</c> and the stored number.</summary>
internal static class FindingId
{
    public static bool TryParse(string? text, out long id)
    {
        id = 0;
        return text?.StartsWith("f_", StringComparison.Ordinal) == true
            && long.TryParse(text.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out id);
    }
}
