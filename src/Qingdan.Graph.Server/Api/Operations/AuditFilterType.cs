using GraphQL.Types;
using Qingdan.Graph.Server.Api.Filtering;

namespace Qingdan.Graph.Server.Api.Operations;

/// <summary>The <c>where</c> of <c>auditLog</c>.</summary>
public sealed class AuditFilterType : InputObjectGraphType
{
    public AuditFilterType()
    {
        Name = "AuditFilter";
        Description = "Which audit entries: every field's operators are and-ed; and/or/not combine filters.";
        Field<StringFilterType>("actor").Description("The API key's name.");
        Field<StringFilterType>("role").Description("The key's role.");
        Field<StringFilterType>("operation").Description("The operation.");
        Field<StringFilterType>("entities").Description("The ids read, space-separated: use contains.");
        Field<StringFilterType>("address").Description("The caller's IP address.");
        Field<DateTimeFilterType>("at").Description("When.");
        Field<ListGraphType<NonNullGraphType<AuditFilterType>>>("and").Description("Matches every one of these filters.");
        Field<ListGraphType<NonNullGraphType<AuditFilterType>>>("or").Description("Matches at least one of these filters.");
        Field<AuditFilterType>("not").Description("Does not match this filter.");
    }
}
