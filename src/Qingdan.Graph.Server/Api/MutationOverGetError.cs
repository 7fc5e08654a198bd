using GraphQL.Validation;
using GraphQLParser.AST;

namespace Qingdan.Graph.Server.Api;

/// <summary>The error of <see cref="MutationOverGetRule"/>: its status is 405.</summary>
public sealed class MutationOverGetError(GraphQLParser.ROM source, ASTNode node)
    : ValidationError(source, "METHOD_NOT_ALLOWED", "Mutations are sent with POST, not GET.", node), IHasPreferredStatusCode
{
    public int PreferredStatusCode => StatusCodes.Status405MethodNotAllowed;
}
