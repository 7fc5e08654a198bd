using GraphQL.Types;
using Qingdan.Graph.Server.Api.Filtering;
using Qingdan.Graph.Server.Api.Reports.Stats;

namespace Qingdan.Graph.Server.Api.Reports;

/// <summary>What <c>transactionStats</c> groups by.</summary>
public sealed class TransactionGroupType() : StatGroupEnumType(TransactionStats.Subject);

/// <summary>The numbers a decision has.</summary>
public sealed class TransactionMeasureType() : StatMeasureEnumType(TransactionStats.Subject);

/// <summary>A <c>having</c> item of <c>transactionStats</c>.</summary>
public sealed class TransactionStatConditionType() : StatConditionType<TransactionGroupType, TransactionMeasureType>(TransactionStats.Subject);

/// <summary>An <c>order</c> item of <c>transactionStats</c>.</summary>
public sealed class TransactionStatOrderType() : StatOrderType<TransactionGroupType, TransactionMeasureType>(TransactionStats.Subject);

/// <summary>One group of <c>transactionStats</c>.</summary>
public sealed class TransactionStatType : StatGroupType<TransactionGroupType, TransactionMeasureType>
{
    public TransactionStatType()
        : base(TransactionStats.Subject, "A group of transactions: the values it is grouped by (null for those not grouped by), how many, and " +
            "aggregates of their measures.") =>
        Field<NonNullGraphType<DecimalGraphType>>("amount").Description("Sum of the transactions' amounts, as stated; sum(of: AMOUNT), 0 for none.")
            .Resolve(c => Group(c).Compute(new StatTerm(StatAggregate.Sum, "AMOUNT", null)) ?? 0m);
}

/// <summary>The <c>where</c> of <c>transactionStats</c>.</summary>
public sealed class TransactionFilterType : InputObjectGraphType
{
    public TransactionFilterType()
    {
        Name = "TransactionFilter";
        Description = "Which transactions: every field's operators are and-ed; and/or/not combine filters.";
        Field<StringFilterType>("kind").Description("The kind or purpose (loan, gift, consulting_fee…).");
        Field<DecimalFilterType>("amount").Description("The amount, as stated.");
        Field<DateFilterType>("date").Description("The day it was made.");
        Field<IdFilterType>("payer").Description("The payer's id (p_… or c_…).");
        Field<IdFilterType>("payee").Description("The payee's id (p_… or c_…).");
        Field<ListGraphType<NonNullGraphType<TransactionFilterType>>>("and").Description("Matches every one of these filters.");
        Field<ListGraphType<NonNullGraphType<TransactionFilterType>>>("or").Description("Matches at least one of these filters.");
        Field<TransactionFilterType>("not").Description("Does not match this filter.");
    }
}
