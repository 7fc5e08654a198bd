using GraphQL.Types;
using Qingdan.Graph.Server.Api.Security;

namespace Qingdan.Graph.Server.Api.Operations;

/// <summary>A near match awaiting a person's decision.</summary>
public sealed class ResolutionCandidateType : ObjectGraphType<ResolutionCandidateView>
{
    public ResolutionCandidateType()
    {
        Name = "ResolutionCandidate";
        Description = "Two source records that may be the same entity, awaiting a person's decision (decideMatch).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The candidate's id (rc_ and a number).").Resolve(c => $"rc_{c.Source.Row.Id}");
        Field<NonNullGraphType<IdGraphType>>("recordA").Description("One source record (r_ and a number).")
            .Resolve(c => $"r_{c.Source.Row.RecordAId}");
        Field<NonNullGraphType<IdGraphType>>("recordB").Description("The other source record.").Resolve(c => $"r_{c.Source.Row.RecordBId}");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why they may be the same.").Resolve(c => c.Source.Row.Reason);
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Description("When resolution raised it (UTC).")
            .Resolve(c => DateTime.SpecifyKind(c.Source.Row.CreatedAt, DateTimeKind.Utc));
        Field<ResolutionRecordType>("a").Description("Record A with every field, its source and its link count, for the review. Admins only.")
            .Requires()
            .Resolve(c => c.Source.A);
        Field<ResolutionRecordType>("b").Description("Record B, as a. Admins only.")
            .Requires()
            .Resolve(c => c.Source.B);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("differences")
            .Description("The fields of ResolutionRecord (name, identifier, birthDate, phone…) whose values differ between a and b. Admins only.")
            .Requires()
            .Resolve(c => c.Source.Differences());
    }
}
