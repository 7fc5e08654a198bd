using GraphQL.Validation;
using GraphQLParser.AST;

namespace Qingdan.Graph.Server.Api;

/// <summary>
/// GET runs queries only (GraphQL over HTTP, "GET"): a mutation or subscription sent with GET is refused
/// while validating, before anything runs, and answered 405 with <c>Allow: POST</c>.
/// </summary>
public sealed class MutationOverGetRule : ValidationRuleBase
{
    public static readonly MutationOverGetRule Instance = new();

    /// <summary>What a GET request is validated with: the specification's rules and this one.</summary>
    public static readonly IEnumerable<IValidationRule> GetRules = [.. DocumentValidator.CoreRules, Instance];

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new MutationOverGetError(context.Document.Source, context.Operation));
        }

        return default;
    }
}
