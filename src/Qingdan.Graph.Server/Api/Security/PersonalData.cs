using GraphQL;
using GraphQL.Instrumentation;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;
using Qingdan.Graph.Store.Security;

namespace Qingdan.Graph.Server.Api.Security;

/// <summary>
/// The fields that carry identity numbers, and masking on them for analysts (docs/security.md): an
/// identity number field shows the region and the last four; a field quoting registry rows or people's
/// words has every identity number in it masked. Other fields are answered as they are, so a company's
/// credit code — all digits or not — reaches an analyst whole.
/// </summary>
public sealed class PersonalData : BaseSchemaNodeVisitor, IFieldMiddleware
{
    /// <summary>Type and field names (as the schema has them) and whether the whole value is an identity number.</summary>
    public static readonly IReadOnlyDictionary<(string Type, string Field), bool> Fields = new Dictionary<(string, string), bool>
    {
        [("Person", "idNumber")] = true,
        [("RejectedRow", "raw")] = false,
        [("RejectedRow", "reason")] = false,
        [("RowIssue", "raw")] = false,
        [("RowIssue", "reason")] = false,
        [("MappingValue", "value")] = false,
        [("MappingHeader", "cells")] = false,
        [("FindingEvent", "text")] = false,
        [("Sweep", "error")] = false,
        [("IngestUploadResult", "error")] = false,
    };

    private static readonly PersonalData Middleware = new();

    /// <summary>Puts the masking on the fields of <see cref="Fields"/> when the schema is initialised.</summary>
    public static void Configure(ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.RegisterVisitor(Middleware);
    }

    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(type);
        if (Fields.ContainsKey((type.Name, field.Name)))
        {
            var inner = field.Resolver ?? NameFieldResolver.Instance;
            field.Resolver = new FuncFieldResolver<object?>(context => ResolveAsync(context, inner.ResolveAsync));
        }
    }

    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var value = await next(context);
        if (Access.RoleOf(context.User) != Roles.Analyst)
        {
            return value;
        }

        var whole = Fields[(context.ParentType.Name, context.FieldDefinition.Name)];
        return value switch
        {
            string text => whole ? Access.Mask(text) : Access.MaskAll(text),
            IEnumerable<string> texts => texts.Select(Access.MaskAll).ToList(),
            _ => value,
        };
    }
}
