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
            new("YEAR", "year", typeof(StringGraphType), "The year (yyyy) of its date", t => StatKey.Of(t.Date?.ToString("yyyy", Invariant))),
            new("QUARTER", "quarter", typeof(StringGraphType), "The quarter (yyyy-Qn) of its date",
                t => StatKey.Of(t.Date is { } d ? $"{d.Year}-Q{((d.Month - 1) / 3) + 1}" : null)),
            new("MONTH", "month", typeof(StringGraphType), "The month (yyyy-MM) of its date", t => StatKey.Of(t.Date?.ToString("yyyy-MM", Invariant))),
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

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly FilterBuilder<TransactionFact> Filter = new FilterBuilder<TransactionFact>()
        .String("kind", t => t.Kind).Decimal("amount", t => t.Amount).Date("date", t => t.Date)
        .Id("payer", t => t.PayerId).Id("payee", t => t.PayeeId);

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
        var neighbours = await NeighbourNames.ForAsync(c);
        var snapshot = neighbours.Snapshot;
        var scope = await FindingQueries.Scope(c);
        var keep = c.GetArgument<Dictionary<string, object?>?>("where") is { } where ? Filter.Build(where).Compile() : null;
        var facts = new List<TransactionFact>();
        for (var node = 0; node < snapshot.NodeCount; node++)
        {
            foreach (var link in snapshot.LinksFrom(node).Where(l => snapshot.LinkKindOf(l) == LinkKind.Transaction))
            {
                var payer = snapshot.IdOf(node);
                var payee = snapshot.IdOf(snapshot.ToOf(link));
                if (scope?.Keeps(payer.Kind, payer.Value) == false || scope?.Keeps(payee.Kind, payee.Value) == false)
                {
                    continue;
                }

                var stated = snapshot.FactOf(link);
                var fact = new TransactionFact
                {
                    Kind = stated.Detail,
                    Amount = stated.Amount,
                    Date = stated.Start,
                    PayerId = payer.Value,
                    Payer = payer.ToString(),
                    PayerName = neighbours.Name(payer.Kind, payer.Value),
                    PayerKind = Wire.Name(payer.Kind),
                    PayeeId = payee.Value,
                    Payee = payee.ToString(),
                    PayeeName = neighbours.Name(payee.Kind, payee.Value),
                    PayeeKind = Wire.Name(payee.Kind),
                };
                if (keep?.Invoke(fact) != false)
                {
                    facts.Add(fact);
                }
            }
        }

        return facts;
    }
}

/// <summary>A transaction as <c>transactionStats</c> groups it.</summary>
internal sealed record TransactionFact
{
    public string? Kind { get; init; }

    public decimal? Amount { get; init; }

    public DateOnly? Date { get; init; }

    public long PayerId { get; init; }

    public required string Payer { get; init; }

    public string? PayerName { get; init; }

    public required string PayerKind { get; init; }

    public long PayeeId { get; init; }

    public required string Payee { get; init; }

    public string? PayeeName { get; init; }

    public required string PayeeKind { get; init; }
}
