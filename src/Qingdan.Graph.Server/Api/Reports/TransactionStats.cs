using System.Globalization;
using GraphQL;
using GraphQL.Types;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Server.Api.Filtering;
using Qingdan.Graph.Server.Api.Findings;
using Qingdan.Graph.Server.Api.Reports.Stats;

namespace Qingdan.Graph.Server.Api.Reports;

/// <summary>
/// <c>transactionStats</c>: the snapshot's transactions whose payer and payee the caller may both read, with the payer's and
/// payee's names and kinds; a <c>where</c> (TransactionFilter) is the same predicate the store filters use, run on the rows.
/// </summary>
internal static class TransactionStats
{
    public static readonly StatSubject<TransactionFact> Subject = new(
        "Transaction",
        "transactions",
        [
            new("KIND", "kind", typeof(StringGraphType), "The kind or purpose (loan, gift, consulting_fee…)", t => StatKey.Of(t.Kind)),
            new("YEAR", "year", typeof(StringGraphType), "The year (yyyy) of its date", t => StatKey.Of(t.Year)),
            new("QUARTER", "quarter", typeof(StringGraphType), "The quarter (yyyy-Qn) of its date",
                t => StatKey.Of(t.Quarter)),
            new("MONTH", "month", typeof(StringGraphType), "The month (yyyy-MM) of its date", t => StatKey.Of(t.Month)),
            new("PAYER", "payer", typeof(IdGraphType), "The payer", t => new StatKey(t.Payer, t.PayerName))
            {
                LabelField = "payerName",
            },
            new("PAYEE", "payee", typeof(IdGraphType), "The payee", t => new StatKey(t.Payee, t.PayeeName))
            {
                LabelField = "payeeName",
            },
            new("PAYER_KIND", "payerKind", typeof(StringGraphType), "Whether the payer is a person or a company", t => new StatKey(t.PayerKind)),
            new("PAYEE_KIND", "payeeKind", typeof(StringGraphType), "Whether the payee is a person or a company", t => new StatKey(t.PayeeKind)),
        ],
        [
            new("AMOUNT", "The amount, as stated", t => t.Amount),
        ]);

    private static readonly FilterBuilder<TransactionFact> Filter = new FilterBuilder<TransactionFact>()
        .String("kind", t => t.Kind).Decimal("amount", t => t.Amount).Date("date", t => t.Date)
        .Id("payer", t => t.PayerId.Value).Id("payee", t => t.PayeeId.Value);

    public static void Add(ObjectGraphType query) =>
        StatFields.Add<TransactionFact, TransactionStatType, TransactionGroupType, TransactionStatConditionType, TransactionStatOrderType,
            TransactionFilterType>(
            query,
            "transactionStats",
            "Transactions grouped by any of their dimensions and their payers' and payees' (TransactionGroup), with count, distinct, " +
            "sum, avg, min and max, having, order and first — e.g. amounts per kind and quarter paid by companies to persons.",
            Subject,
            LoadAsync);

    private static async Task<IEnumerable<TransactionFact>> LoadAsync(IResolveFieldContext c)
    {
        var snapshot = (await NeighbourNames.ForAsync(c)).Snapshot;
        var scope = await FindingQueries.Scope(c);
        var keep = c.GetArgument<Dictionary<string, object?>?>("where") is { } where ? Filter.Build(where).Compile() : null;
        var all = PerSnapshot<TransactionFact[]>.Of(snapshot, Facts);
        return scope is null && keep is null
            ? all
            : all.Where(t => scope?.Keeps(t.PayerId.Kind, t.PayerId.Value) != false
                && scope?.Keeps(t.PayeeId.Kind, t.PayeeId.Value) != false && keep?.Invoke(t) != false).ToList();
    }

    /// <summary>Every transaction of the snapshot; the names, read when a report asks, are kept for every later request.</summary>
    private static TransactionFact[] Facts(Core.Graph.GraphSnapshot snapshot)
    {
        var neighbours = new NeighbourNames(snapshot);
        var facts = new List<TransactionFact>();
        for (var link = 0; link < snapshot.LinkCount; link++)
        {
            if (snapshot.LinkKindOf(link) == LinkKind.Transaction)
            {
                facts.Add(new TransactionFact(neighbours)
                {
                    Kind = snapshot.DetailNameOf(link),
                    Amount = snapshot.AmountOf(link),
                    Date = snapshot.ValidityOf(link).Start,
                    PayerId = snapshot.IdOf(snapshot.FromOf(link)),
                    PayeeId = snapshot.IdOf(snapshot.ToOf(link)),
                });
            }
        }

        return [.. facts];
    }
}

/// <summary>A transaction as <c>transactionStats</c> groups it; the payer's and payee's names are read when a report asks.</summary>
internal sealed class TransactionFact(NeighbourNames neighbours)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private string? _year;
    private string? _quarter;
    private string? _month;

    public string? Kind { get; init; }

    public decimal? Amount { get; init; }

    public DateOnly? Date { get; init; }

    public string? Year => _year ??= Date?.ToString("yyyy", Invariant);

    public string? Quarter => _quarter ??= Date is { } d ? $"{d.Year}-Q{((d.Month - 1) / 3) + 1}" : null;

    public string? Month => _month ??= Date?.ToString("yyyy-MM", Invariant);

    public EntityId PayerId { get; init; }

    public string Payer => PayerId.ToString();

    public string? PayerName => neighbours.Name(PayerId.Kind, PayerId.Value);

    public string PayerKind => Wire.Name(PayerId.Kind);

    public EntityId PayeeId { get; init; }

    public string Payee => PayeeId.ToString();

    public string? PayeeName => neighbours.Name(PayeeId.Kind, PayeeId.Value);

    public string PayeeKind => Wire.Name(PayeeId.Kind);
}
