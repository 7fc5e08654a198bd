using GraphQL;

namespace Qingdan.Graph.Server.Api.Schema;

/// <summary>How long a text argument may be (docs/security.md "Hardening"): past it the field is refused, naming the limit, and
/// nothing is read or written.</summary>
internal static class TextLimits
{
    public const int Search = 200;
    public const int Name = 200;
    public const int Note = 2_000;
    public const int Comment = 10_000;

    /// <summary>The argument, or a <c>BAD_ARGUMENT</c> error when it is longer than <paramref name="max"/> characters.</summary>
    public static string? Bounded(this IResolveFieldContext context, string argument, int max)
    {
        ArgumentNullException.ThrowIfNull(context);
        var value = context.GetArgument<string?>(argument);
        return value is { Length: var length } && length > max
            ? throw new ExecutionError($"'{argument}' is {length:N0} characters; at most {max:N0} are accepted.") { Code = "BAD_ARGUMENT" }
            : value;
    }
}
