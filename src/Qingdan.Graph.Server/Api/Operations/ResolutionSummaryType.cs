using GraphQL.Types;
using Qingdan.Graph.Store.Resolution;

namespace Qingdan.Graph.Server.Api.Operations;

/// <summary>What a resolution decision changed.</summary>
public sealed class ResolutionSummaryType : ObjectGraphType<ResolutionSummary>
{
    public ResolutionSummaryType()
    {
        Name = "ResolutionSummary";
        Description = "What a resolution decision changed.";
        Field<NonNullGraphType<IntGraphType>>("records").Description("Source records resolved again.").Resolve(c => c.Source.Records);
        Field<NonNullGraphType<IntGraphType>>("entities").Description("Entities they make.").Resolve(c => c.Source.Entities);
        Field<NonNullGraphType<IntGraphType>>("newEntities").Description("Entities made anew.").Resolve(c => c.Source.NewEntities);
        Field<NonNullGraphType<IntGraphType>>("movedRecords").Description("Records that moved to another entity.")
            .Resolve(c => c.Source.MovedRecords);
        Field<NonNullGraphType<IntGraphType>>("dissolvedEntities").Description("Entities left with no record.")
            .Resolve(c => c.Source.DissolvedEntities);
        Field<NonNullGraphType<IntGraphType>>("openCandidates").Description("Near matches still awaiting a decision.")
            .Resolve(c => c.Source.Candidates);
    }
}
