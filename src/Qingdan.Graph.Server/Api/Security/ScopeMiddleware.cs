using System.Collections;
using GraphQL;
using GraphQL.Instrumentation;
using GraphQL.Types;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Server.Api.Findings;
using Qingdan.Graph.Store.Findings;

namespace Qingdan.Graph.Server.Api.Security;

/// <summary>
/// Scopes on every field a scoped caller resolves (docs/security.md "Scopes"): direct reads of what lies outside are
/// refused with <c>FORBIDDEN_SCOPE</c> and audited, findings outside are left out of lists, and people and companies
/// outside are drawn redacted wherever a path, network, fact or list reaches them. Lists, search and aggregates filter
/// before they page and count (their resolvers ask <see cref="RequestScope"/>); this middleware does the rest.
/// </summary>
public sealed class ScopeMiddleware : IFieldMiddleware
{
    // Root fields naming an entity in an argument: refused before they run when the entity is outside.
    private static readonly Dictionary<string, string[]> EntityArguments = new(StringComparer.Ordinal)
    {
        ["relatives"] = ["person"],
        ["network"] = ["id"],
        ["paths"] = ["from", "to"],
        ["ultimateOwners"] = ["company"],
    };

    private static readonly HashSet<string> FindingMutations = new(StringComparer.Ordinal)
    {
        "triageFinding", "assignFinding", "commentFinding",
    };

    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (Introspection.Covers(context.FieldDefinition, context.ParentType)
            || context.RequestServices?.GetService<RequestScope>() is not { } scope
            || await scope.ViewAsync(context) is not { } view)
        {
            return await next(context);
        }

        if (context.Source is NodeRef { Placeholder: { } placeholder } hidden)
        {
            return Redacted(context, hidden, placeholder);
        }

        if (context.ParentType.Name is "Query" or "Mutation" && await RefuseAsync(context, scope, view) is { } refused)
        {
            context.Errors.Add(refused);
            return null;
        }

        var result = await next(context);
        if (context.ParentType.Name is "Query" && result is NodeRef node && !view.Sees(node.Index))
        {
            context.Errors.Add(await scope.DenyAsync(context, view, node.Id.ToString()));
            return null;
        }

        if (context.ParentType.Name is "Query" && result is Declarations.ReportView report && !view.Sees(report.Report.Person))
        {
            context.Errors.Add(await scope.DenyAsync(context, view, Core.Graph.PersonalReport.Written(report.Report.Id)));
            return null;
        }

        if (context.ParentType.Name is "Query" && result is FindingView finding && !RequestScope.Sees(view, finding.Row))
        {
            context.Errors.Add(await scope.DenyAsync(context, view, finding.Row.Name));
            return null;
        }

        return Draw(context, scope, view, result);
    }

    private static async Task<ExecutionError?> RefuseAsync(IResolveFieldContext context, RequestScope scope, ScopeView view)
    {
        if (EntityArguments.TryGetValue(context.FieldDefinition.Name, out var arguments) && context.ParentType.Name == "Query")
        {
            foreach (var argument in arguments)
            {
                if (context.GetArgument<string?>(argument) is { } id && EntityId.TryParse(id, out var entity) && !view.Sees(entity.Value))
                {
                    return await scope.DenyAsync(context, view, entity.Value.ToString());
                }
            }
        }

        if (FindingMutations.Contains(context.FieldDefinition.Name) && context.ParentType.Name == "Mutation"
            && await FindingAsync(context) is { } row && !RequestScope.Sees(view, row))
        {
            return await scope.DenyAsync(context, view, row.Name);
        }

        return null;
    }

    private static async Task<FindingRow?> FindingAsync(IResolveFieldContext context)
    {
        if (!FindingId.TryParse(context.GetArgument<string?>("id"), out var id))
        {
            return null;
        }

        await using var store = context.RequestServices!.GetRequiredService<Store.Database.StoreConnection>().CreateContext();
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleOrDefaultAsync(
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AsNoTracking(store.Findings),
            f => f.Id == id,
            context.CancellationToken);
    }

    // What a field of a redacted node answers: the placeholder, the label, and nothing else.
    private static object? Redacted(IResolveFieldContext context, NodeRef node, string placeholder) => context.FieldDefinition.Name switch
    {
        "id" => placeholder,
        "name" => RequestScope.Label(node),
        "redacted" => true,
        _ when context.FieldDefinition.ResolvedType is NonNullGraphType { ResolvedType: ListGraphType } or ListGraphType => Array.Empty<object>(),
        _ when context.FieldDefinition.ResolvedType is NonNullGraphType { ResolvedType: BooleanGraphType } => false,
        _ => null,
    };

    private static object? Draw(IResolveFieldContext context, RequestScope scope, ScopeView view, object? result)
    {
        switch (result)
        {
            case NodeRef node:
                return scope.Draw(view, node);
            case string id when context.ParentType.Name == "EvidenceLink" && context.FieldDefinition.Name is "from" or "to":
                return scope.DrawId(view, id);
            case EvidenceNodeBody evidence when scope.DrawId(view, evidence.Id) is var drawn && drawn != evidence.Id:
                return evidence with { Id = drawn, Name = RequestScope.Label(view, evidence.Id) };
            case string or null:
                return result;
            case IEnumerable items when NeedsDrawing(items):
                var drawnItems = new List<object?>();
                foreach (var item in items)
                {
                    if (item is FindingView finding && !RequestScope.Sees(view, finding.Row))
                    {
                        continue;
                    }

                    drawnItems.Add(Draw(context, scope, view, item));
                }

                return drawnItems;
            default:
                return result;
        }
    }

    private static bool NeedsDrawing(IEnumerable items)
    {
        foreach (var item in items)
        {
            return item is NodeRef or FindingView or EvidenceNodeBody;
        }

        return false;
    }
}
