using System.Globalization;
using GraphQL;

namespace Qingdan.Graph.Server.Api.Schema;

/// <summary>Page sizes within <c>Api:MaxPageSize</c>, and the opaque offset cursors every connection uses.</summary>
internal static class Paging
{
    public static int Page(int first, ApiLimits limits) =>
        first is >= 0 and var ok && ok <= limits.MaxPageSize
            ? ok
            : throw new ExecutionError($"A page is 0 to {limits.MaxPageSize} items (Api:MaxPageSize); {first} asked for.")
            {
                Code = "LIMIT"
            };

    public static string Cursor(int offset) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"o:{offset}"));

    public static int Offset(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return 0;
        }

        try
        {
            var text = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            return text.StartsWith("o:", StringComparison.Ordinal)
                && int.TryParse(text[2..], NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
                ? offset
                : throw new FormatException();
        }
        catch (FormatException)
        {
            throw new ExecutionError($"'{cursor}' is not a cursor of this connection.") { Code = "BAD_ARGUMENT" };
        }
    }
}
