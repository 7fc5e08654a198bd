using System.Globalization;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Store.Graph;

/// <summary>Between the typed links of the model and the one-table form the store keeps them in.</summary>
public static class LinkMapping
{
    private const char ListSeparator = '|';

    /// <summary>Fills a row's kind, endpoints, interval and properties from a link; provenance is the caller's.</summary>
    public static void Fill(LinkRow row, Link link)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(link);
        row.Kind = link.Kind;
        row.FromEntityId = link.From.Value;
        row.ToEntityId = link.To.Value;
        row.StartDate = link.Validity.Start;
        row.EndDate = link.Validity.End;
        switch (link)
        {
            case PositionLink position:
                row.Title = position.Title;
                row.Rank = position.Rank;
                row.Powers = position.Powers.Count == 0 ? null : string.Join(ListSeparator, position.Powers);
                break;
            case FamilyLink family:
                row.Detail = Wire.Name(family.Relation);
                break;
            case AssociateLink associate:
                row.Detail = Wire.Name(associate.AssociateKind);
                row.Note = associate.Basis;
                break;
            case OwnershipLink ownership:
                row.Share = ownership.Share;
                row.Amount = ownership.SubscribedCapital;
                break;
            case RoleLink role:
                row.Detail = Wire.Name(role.Role);
                row.MonthlySalary = role.MonthlySalary;
                row.Nominal = role.Nominal;
                break;
            case ParticipationLink participation:
                row.Detail = Wire.Name(participation.Role);
                break;
            case TransactionLink transaction:
                row.Detail = Wire.Name(transaction.TransactionKind);
                row.Amount = transaction.Amount;
                row.Note = transaction.Note;
                break;
            case IssuedLink or BeneficiaryLink or BidLink:
                break;
            default:
                throw new ArgumentException($"No mapping for link type {link.GetType().Name}.", nameof(link));
        }
    }

    /// <summary>The typed link a row holds, with the given endpoints' kinds and sources.</summary>
    public static Link ToModel(LinkRow row, NodeKind fromKind, NodeKind toKind, IReadOnlyList<SourceRef> sources)
    {
        ArgumentNullException.ThrowIfNull(row);
        var from = new EntityId(fromKind, row.FromEntityId);
        var to = new EntityId(toKind, row.ToEntityId);
        var validity = new Interval(row.StartDate, row.EndDate);
        return row.Kind switch
        {
            LinkKind.Position => new PositionLink
            {
                From = from,
                To = to,
                Validity = validity,
                Sources = sources,
                Title = row.Title,
                Rank = row.Rank,
                Powers = string.IsNullOrEmpty(row.Powers) ? [] : row.Powers.Split(ListSeparator),
            },
            LinkKind.Family => new FamilyLink { From = from, To = to, Validity = validity, Sources = sources, Relation = Parse<FamilyRelation>(row) },
            LinkKind.Associate => new AssociateLink
            {
                From = from,
                To = to,
                Validity = validity,
                Sources = sources,
                AssociateKind = Parse<AssociateKind>(row),
                Basis = row.Note,
            },
            LinkKind.Ownership => new OwnershipLink
            {
                From = from,
                To = to,
                Validity = validity,
                Sources = sources,
                Share = row.Share ?? throw Corrupt(row, "an ownership without a share"),
                SubscribedCapital = row.Amount,
            },
            LinkKind.Role => new RoleLink
            {
                From = from,
                To = to,
                Validity = validity,
                Sources = sources,
                Role = Parse<CompanyRole>(row),
                MonthlySalary = row.MonthlySalary,
                Nominal = row.Nominal ?? false,
            },
            LinkKind.Participation => new ParticipationLink { From = from, To = to, Validity = validity, Sources = sources, Role = Parse<ParticipationRole>(row) },
            LinkKind.Issued => new IssuedLink { From = from, To = to, Validity = validity, Sources = sources },
            LinkKind.Beneficiary => new BeneficiaryLink { From = from, To = to, Validity = validity, Sources = sources },
            LinkKind.Bid => new BidLink { From = from, To = to, Validity = validity, Sources = sources },
            LinkKind.Transaction => new TransactionLink
            {
                From = from,
                To = to,
                Validity = validity,
                Sources = sources,
                TransactionKind = Parse<TransactionKind>(row),
                Amount = row.Amount,
                Note = row.Note,
            },
            _ => throw Corrupt(row, $"unknown link kind {(int)row.Kind}"),
        };
    }

    private static TEnum Parse<TEnum>(LinkRow row)
        where TEnum : struct, Enum =>
        Wire.TryParse<TEnum>(row.Detail, out var value) ? value.Value : throw Corrupt(row, $"'{row.Detail}' is not a {typeof(TEnum).Name}");

    private static InvalidOperationException Corrupt(LinkRow row, string what) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Link {row.Id} ({row.File}:{row.Line}) holds {what}."));
}
