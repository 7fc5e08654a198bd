namespace Qingdan.Graph.Core.Model;

/// <summary>What a transaction is; value flows from its <c>from</c> to its <c>to</c>.</summary>
public enum TransactionKind
{
    Loan,
    Fundraising,
    ConsultingFee,
    IntermediaryFee,
    Gift,
    AssetUse,
    Payment,
    Contract,
}
