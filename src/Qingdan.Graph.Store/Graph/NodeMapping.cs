using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Core.Model;

namespace Qingdan.Graph.Store.Graph;

/// <summary>Between the canonical node rows and the model's records.</summary>
public static class NodeMapping
{
    private const char ListSeparator = '|';

    public static Person ToModel(PersonRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new Person
        {
            Id = new EntityId(NodeKind.Person, row.Id),
            Name = row.Name,
            IdNumber = IdentityNumber.Parse(row.IdNumber),
            BirthDate = row.BirthDate,
            Gender = row.Gender,
            Phone = row.Phone,
            Address = row.Address,
        };
    }

    public static Company ToModel(CompanyRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new Company
        {
            Id = new EntityId(NodeKind.Company, row.Id),
            Name = row.Name,
            CreditCode = CreditCode.Parse(row.CreditCode),
            Listed = row.Listed,
            RegionCode = row.RegionCode,
            Industry = row.Industry,
            Status = row.Status,
            Founded = row.Founded,
            Address = row.Address,
            Phone = row.Phone,
        };
    }

    public static Agency ToModel(AgencyRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new Agency
        {
            Id = new EntityId(NodeKind.Agency, row.Id),
            Name = row.Name,
            Code = CreditCode.Parse(row.CreditCode),
            RegionCode = row.RegionCode,
            Sectors = string.IsNullOrEmpty(row.Sectors) ? [] : row.Sectors.Split(ListSeparator),
        };
    }

    public static Decision ToModel(DecisionRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new Decision
        {
            Id = new EntityId(NodeKind.Decision, row.Id),
            Kind = row.DecisionKind,
            Title = row.Name,
            Amount = row.Amount,
            Currency = row.Currency,
            AppliedDate = row.AppliedDate,
            DecidedDate = row.DecidedDate,
            Method = row.Method,
            Bidders = row.Bidders,
        };
    }

    /// <summary>Joins a list property the way node rows store it.</summary>
    public static string? JoinList(IReadOnlyCollection<string> values) =>
        values is null || values.Count == 0 ? null : string.Join(ListSeparator, values);
}
