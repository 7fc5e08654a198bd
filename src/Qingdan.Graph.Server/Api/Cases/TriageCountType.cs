using GraphQL.Types;
using Qingdan.Graph.Server.Api.Findings;
using Qingdan.Graph.Store.Findings;

namespace Qingdan.Graph.Server.Api.Cases;

/// <summary>How many of a case's findings have one triage status.</summary>
public sealed class TriageCountType : ObjectGraphType<KeyValuePair<TriageStatus, int>>
{
    public TriageCountType()
    {
        Name = "TriageCount";
        Description = "How many of a case's findings (those the caller may see) have a triage status.";
        Field<NonNullGraphType<TriageStatusType>>("status").Description("The triage status.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many findings have it.").Resolve(c => c.Source.Value);
    }
}
