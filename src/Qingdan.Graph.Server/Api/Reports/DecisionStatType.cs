using GraphQL.Types;
using Qingdan.Graph.Server.Api.Entities;

namespace Qingdan.Graph.Server.Api.Reports;

/// <summary>One group of <c>decisionStats</c>.</summary>
public sealed class DecisionStatType : ObjectGraphType<DecisionStat>
{
    public DecisionStatType()
    {
        Name = "DecisionStat";
        Description
            = "A group of decisions: the values it is grouped by (null for those not grouped by), how many, and their total amount.";
        Field<IdGraphType>("agency").Description("The issuing agency's id, when grouped by AGENCY.").Resolve(c => c.Source.Agency);
        Field<StringGraphType>("agencyName").Description("The issuing agency's name, when grouped by AGENCY.")
            .Resolve(c => c.Source.AgencyName);
        Field<StringGraphType>("kind").Description("The kind, when grouped by KIND.").Resolve(c => c.Source.Kind);
        Field<StringGraphType>("year").Description("The year decided, when grouped by YEAR.").Resolve(c => c.Source.Year);
        Field<StringGraphType>("month").Description("yyyy-MM of the decided day.").Resolve(c => c.Source.Month);
        Field<ProcurementMethodType>("method").Description("The procurement method, when grouped by METHOD.").Resolve(c => c.Source.Method);
        Field<IdGraphType>("beneficiary").Description("The beneficiary company's id, when grouped by BENEFICIARY.")
            .Resolve(c => c.Source.Beneficiary);
        Field<StringGraphType>("beneficiaryName").Description("The beneficiary company's name, when grouped by BENEFICIARY.")
            .Resolve(c => c.Source.BeneficiaryName);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many decisions.").Resolve(c => c.Source.Count);
        Field<NonNullGraphType<DecimalGraphType>>("amount").Description("Sum of the decisions' amounts, as stated.")
            .Resolve(c => c.Source.Amount);
    }
}
