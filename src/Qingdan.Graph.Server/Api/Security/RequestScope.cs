using GraphQL;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Store.Findings;
using Qingdan.Graph.Store.Security;

namespace Qingdan.Graph.Server.Api.Security;

/// <summary>
/// The caller's scope for one request: its <see cref="ScopeView"/> over the request's snapshot (null when unscoped), the
/// placeholders that stand for redacted nodes in this response, and the refusals, each written to the audit log.
/// </summary>
public sealed class RequestScope(RequestGraph graph, ScopeViews views, AuditLog audit)
{
    public const string ForbiddenScope = "FORBIDDEN_SCOPE";

    private readonly Dictionary<int, string> _placeholders = [];
    private readonly Lock _gate = new();
    private Task<ScopeView?>? _view;

    /// <summary>The caller's view, or null when the caller is unscoped.</summary>
    public Task<ScopeView?> ViewAsync(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        lock (_gate)
        {
            return _view ??= LoadAsync(Access.ScopeOf(context.User), context.CancellationToken);
        }
    }

    /// <summary>The node as this caller may see it where a path, network or list draws it: as it is, or redacted.</summary>
    public NodeRef Draw(ScopeView view, NodeRef node)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(node);
        return node.Placeholder is not null || node.Kind is not (NodeKind.Person or NodeKind.Company) || view.Sees(node.Index)
            ? node
            : node with { Placeholder = PlaceholderOf(node.Index) };
    }

    /// <summary>An entity id as this caller may see it: itself, or the placeholder of the redacted node.</summary>
    public string DrawId(ScopeView view, string id)
    {
        ArgumentNullException.ThrowIfNull(view);
        return EntityId.TryParse(id, out var entity) && entity.Value.Kind is NodeKind.Person or NodeKind.Company
            && view.Snapshot.IndexOf(entity.Value) is var index and >= 0 && !view.Sees(index)
            ? PlaceholderOf(index)
            : id;
    }

    /// <summary>Whether the caller may read the finding: its official (or, without one, its company) is visible.</summary>
    public static bool Sees(ScopeView view, FindingRow finding)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(finding);
        return finding.OfficialId > 0
            ? view.Sees(new EntityId(NodeKind.Person, finding.OfficialId))
            : view.Sees(new EntityId(NodeKind.Company, finding.CompanyId));
    }

    /// <summary>Records the refusal in the audit log and answers it as an error on the field: <c>FORBIDDEN_SCOPE</c>.</summary>
    public async Task<ExecutionError> DenyAsync(IResolveFieldContext context, ScopeView view, string id)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(view);
        var address = context.UserContext.TryGetValue(AuditListener.AddressKey, out var value) && value is string text ? text : "unknown";
        await audit.WriteAsync(
            context.User?.Identity?.Name ?? string.Empty,
            Access.RoleOf(context.User),
            $"denied {context.FieldDefinition.Name}({id}): outside the scope {view.Scope}",
            [id],
            address,
            CancellationToken.None);
        return new ExecutionError($"{id} is outside your scope ({view.Scope}).") { Code = ForbiddenScope };
    }

    /// <summary>The label a redacted node is drawn with.</summary>
    public static string Label(NodeRef node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Kind == NodeKind.Company ? "a company outside your scope"
            : node.Snapshot.IsOfficial(node.Index) ? "an official outside your scope"
            : "a person outside your scope";
    }

    /// <summary>The label of the entity an id names, as a redacted node is drawn.</summary>
    public static string Label(ScopeView view, string id)
    {
        ArgumentNullException.ThrowIfNull(view);
        return EntityId.TryParse(id, out var entity) && view.Snapshot.IndexOf(entity.Value) is var index and >= 0
            ? Label(new NodeRef(view.Snapshot, index))
            : "an entity outside your scope";
    }

    private string PlaceholderOf(int node)
    {
        lock (_placeholders)
        {
            if (!_placeholders.TryGetValue(node, out var placeholder))
            {
                _placeholders[node] = placeholder = $"hidden_{_placeholders.Count + 1}";
            }

            return placeholder;
        }
    }

    private async Task<ScopeView?> LoadAsync(AccessScope? scope, CancellationToken cancellationToken) =>
        scope is null ? null : views.For(await graph.SnapshotAsync(cancellationToken), scope);
}
