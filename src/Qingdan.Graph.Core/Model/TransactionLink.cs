namespace Qingdan.Graph.Core.Model;

/// <summary>
/// Person/Company → Person/Company: value flows from <see cref="Link.From"/> to <see cref="Link.To"/>.
/// Its <see cref="Link.Validity"/> runs from <c>date</c> to <c>end_date</c>; the rules read only <see cref="Date"/>.
/// </summary>
public sealed record TransactionLink : Link
{
    public override LinkKind Kind => LinkKind.Transaction;

    public required TransactionKind TransactionKind { get; init; }

    /// <summary>Amount in yuan.</summary>
    public decimal? Amount { get; init; }

    public string? Note { get; init; }

    /// <summary>The day the transaction took place.</summary>
    public DateOnly Date => Validity.Start ?? throw new InvalidOperationException("A transaction has a date.");
}
