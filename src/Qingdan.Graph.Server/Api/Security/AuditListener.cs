using GraphQL.Execution;
using GraphQLParser.AST;
using Qingdan.Graph.Store.Security;

namespace Qingdan.Graph.Server.Api.Security;

/// <summary>
/// Writes an operation's audit row once it has run: every mutation, and every query that read a person
/// or a finding (what <see cref="AuditTrail"/> gathered). The row is committed before the answer is
/// written; a row that cannot be written fails the request.
/// </summary>
public sealed class AuditListener(AuditLog audit) : DocumentExecutionListenerBase
{
    /// <summary>The <see cref="GraphQL.ExecutionOptions.UserContext"/> entry holding the client's address.</summary>
    public const string AddressKey = "qingdan:address";

    public override async Task AfterExecutionAsync(IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var trail = context.RequestServices?.GetService<AuditTrail>();
        var entities = trail?.Entities ?? [];
        if (entities.Count == 0 && context.Operation.Operation != OperationType.Mutation)
        {
            return;
        }

        var address = context.UserContext.TryGetValue(AddressKey, out var value) && value is string text ? text : "unknown";
        await audit.WriteAsync(
            context.User?.Identity?.Name ?? string.Empty, Access.RoleOf(context
                .User), Describe(context.Operation), entities, address, CancellationToken.None);
    }

    /// <summary>"query Name { person, findings }": the operation and its root fields, for the audit log and the metrics.</summary>
    public static string Describe(GraphQLOperationDefinition? operation) => operation is null
        ? "unknown"
        : $"{operation.Operation.ToString().ToLowerInvariant()} {operation.Name?.StringValue} {{ {string.Join(", ", operation.SelectionSet.Selections.OfType<GraphQLField>().Select(f => f.Name.StringValue))} }}".Replace("  ", " ", StringComparison.Ordinal);
}
