using GraphQL.Validation;
using GraphQLParser.AST;

namespace Qingdan.Graph.Server.Api.Security;

/// <summary>The error of <see cref="AccessRule"/>: its status is 403.</summary>
public sealed class ForbiddenError(GraphQLParser.ROM source, string message, ASTNode node, string code = AccessRule.Forbidden)
    : ValidationError(source, code, message, node), IHasPreferredStatusCode
{
    public int PreferredStatusCode => StatusCodes.Status403Forbidden;
}
