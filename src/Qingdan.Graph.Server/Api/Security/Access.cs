using System.Security.Claims;
using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Validation;
using GraphQLParser.AST;
using Qingdan.Graph.Store.Security;

namespace Qingdan.Graph.Server.Api.Security;

/// <summary>Who may ask what: fields carry the roles they need, read from the key's principal; analysts see identity numbers
/// masked.</summary>
public static partial class Access
{
    public const string RolesKey = "qingdan:roles";

    /// <summary>The claim holding the caller's scope (<see cref="AccessScope"/>, canonical form); absent for unscoped callers.
    /// API keys and OpenID Connect tokens both put it on the principal.</summary>
    public const string ScopeClaim = "qingdan:scope";

    /// <summary>The caller's scope, or null when unscoped.</summary>
    public static AccessScope? ScopeOf(ClaimsPrincipal? user) => AccessScope.Parse(user?.FindFirst(ScopeClaim)?.Value);

    /// <summary>The field needs one of these roles (admins may always).</summary>
    public static FieldBuilder<TSource, TReturn> Requires<TSource, TReturn>(
        this FieldBuilder<TSource, TReturn> field,
        params string[] roles)
    {
        ArgumentNullException.ThrowIfNull(field);
        field.FieldType.Metadata[RolesKey] = roles;
        return field;
    }

    /// <summary>The field reads the whole hub (operations' records, not people): a scoped caller may not use it.</summary>
    public static FieldBuilder<TSource, TReturn> Unscoped<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        field.FieldType.Metadata[UnscopedKey] = true;
        return field;
    }

    public const string UnscopedKey = "qingdan:unscoped";

    public static string RoleOf(ClaimsPrincipal? user) => user?.FindFirst(ClaimTypes.Role)?.Value ?? string.Empty;

    public static bool IsAnalyst(IResolveFieldContext context) => RoleOf(context?.User) == Roles.Analyst;

    /// <summary>An identity number as analysts see it: the region (first six) and the last four, the rest masked.</summary>
    public static string? Mask(string? idNumber)
        => idNumber is { Length: > 10 } value ? value[..6] + new string('*', value.Length - 10) + value[^4..] : idNumber;

    /// <summary>Every identity number in a text masked: what <see cref="PersonalData"/> does to a field that quotes registry
    /// rows.</summary>
    public static string MaskAll(string text) => IdNumbers().Replace(text ?? string.Empty, m => Mask(m.Value)!);

    [GeneratedRegex(@"(?<!\d)\d{17}[\dXx](?!\d)|(?<!\d)\d{15}(?!\d)")]
    private static partial Regex IdNumbers();
}

/// <summary>
/// Refuses, before anything runs, a field the caller's role may not use, and for analysts any filter on
/// identity numbers; the error names the role needed and the HTTP status is 403.
/// </summary>
public sealed class AccessRule : ValidationRuleBase
{
    public const string Forbidden = "FORBIDDEN";

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(new NodeVisitors(
        new MatchingNodeVisitor<GraphQLField>((node, ctx) =>
        {
            if (ctx.TypeInfo.GetFieldDef() is { } unscoped && unscoped.GetMetadata(Access.UnscopedKey, false)
                && Access.ScopeOf(ctx.User) is { } scope)
            {
                ctx.ReportError(new ForbiddenError(
                    ctx.Document.Source,
                    $"'{node.Name.StringValue}' reads the whole hub; a key scoped to {scope} cannot ask it.",
                    node,
                    RequestScope.ForbiddenScope));
            }

            if (ctx.TypeInfo.GetFieldDef()?.GetMetadata<string[]>(Access.RolesKey) is { } roles)
            {
                var role = Access.RoleOf(ctx.User);
                if (role != Roles.Admin && !roles.Contains(role))
                {
                    ctx.ReportError(new ForbiddenError(ctx.Document.Source, $"'{node.Name.StringValue}' needs the role " +
                        $"{string.Join(" or ", roles.Append(Roles.Admin).Distinct())}; this key is {(role.Length == 0 ? "no role" : role)}.", node));
                }
            }
        }),
        new MatchingNodeVisitor<GraphQLObjectField>((node, ctx) =>
        {
            if (Access.RoleOf(ctx.User) == Roles.Analyst && node.Name.StringValue == "idNumber")
            {
                ctx.ReportError(new ForbiddenError(
                    ctx.Document.Source,
                    "Analysts cannot filter or sort on identity numbers; it needs the role investigator or admin.",
                    node));
            }
        })));
}
