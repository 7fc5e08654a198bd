using GraphQL.Types;

namespace Qingdan.Graph.Server.Api.Cases;

/// <summary>The <c>where</c> of <c>cases</c>.</summary>
public sealed class CaseFilterType : InputObjectGraphType
{
    public CaseFilterType()
    {
        Name = "CaseFilter";
        Description = "Which cases: every part given must hold.";
        Field<ListGraphType<NonNullGraphType<CaseStatusType>>>("status").Description("One of these statuses.");
        Field<StringGraphType>("assignee").Description("Assigned to this user (exactly).");
        Field<IdGraphType>("finding").Description("Holding this finding (f_…).");
        Field<IdGraphType>("entity").Description("Holding this person, company or agency (p_…, c_…, a_…).");
        Field<StringGraphType>("title").Description("The title contains this text.");
    }
}
