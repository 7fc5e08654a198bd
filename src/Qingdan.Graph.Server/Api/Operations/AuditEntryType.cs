using GraphQL.Types;
using Qingdan.Graph.Server.Api.Findings;
using Qingdan.Graph.Store.Security;

namespace Qingdan.Graph.Server.Api.Operations;

/// <summary>An entry of the audit log.</summary>
public sealed class AuditEntryType : ObjectGraphType<AuditRow>
{
    public AuditEntryType()
    {
        Name = "AuditEntry";
        Description = "Who read or changed what, when, from where.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The entry's id (au_ and a number).").Resolve(c => $"au_{c.Source.Id}");
        Field<NonNullGraphType<DateTimeGraphType>>("at").Description("When (UTC).")
            .Resolve(c => DateTime.SpecifyKind(c.Source.At, DateTimeKind.Utc));
        Field<NonNullGraphType<StringGraphType>>("actor").Description("The API key's name.").Resolve(c => c.Source.Actor);
        Field<NonNullGraphType<StringGraphType>>("role").Description("The key's role then; empty for a refused request without one.")
            .Resolve(c => c.Source.Role);
        Field<NonNullGraphType<StringGraphType>>("operation").Description("The operation, or why it was refused.")
            .Resolve(c => c.Source.Operation);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("entities").Description("The people and findings it read.")
            .Resolve(c => FindingType.Split(c.Source.Entities.Replace(' ', ',')));
        Field<NonNullGraphType<StringGraphType>>("address").Description("The caller's IP address.").Resolve(c => c.Source.Address);
    }
}
