using GraphQL.Types;
using Qingdan.Graph.Store.Resolution;

namespace Qingdan.Graph.Server.Api.Operations;

/// <summary>A near match awaiting a person's decision.</summary>
public sealed class ResolutionCandidateType : ObjectGraphType<ResolutionCandidateRow>
{
    public ResolutionCandidateType()
    {
        Name = "ResolutionCandidate";
        Description = "Two source records that may be the same entity, awaiting a person's decision (decideMatch).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The candidate's id (rc_ and a number).").Resolve(c => $"rc_{c.Source.Id}");
        Field<NonNullGraphType<IdGraphType>>("recordA").Description("One source record (r_ and a number).")
            .Resolve(c => $"r_{c.Source.RecordAId}");
        Field<NonNullGraphType<IdGraphType>>("recordB").Description("The other source record.").Resolve(c => $"r_{c.Source.RecordBId}");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why they may be the same.").Resolve(c => c.Source.Reason);
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Description("When resolution raised it (UTC).")
            .Resolve(c => DateTime.SpecifyKind(c.Source.CreatedAt, DateTimeKind.Utc));
    }
}
