namespace Qingdan.Graph.Store.Ingest.Writing;

/// <summary>
/// One <c>nodes</c> row, in <see cref="StoreTables.Nodes"/> order: typed fields, so that COPY writes
/// each value without boxing it. An entity of one kind leaves the other kinds' columns null.
/// </summary>
internal readonly record struct NodeValues(
    long Id,
    short Kind,
    string Name,
    string NormalizedName,
    string? IdNumber = null,
    string? IdNumberStatus = null,
    DateOnly? BirthDate = null,
    string? Gender = null,
    string? Phone = null,
    string? Address = null,
    string? CreditCode = null,
    string? CreditCodeStatus = null,
    bool? Listed = null,
    string? RegionCode = null,
    string? Industry = null,
    string? Status = null,
    DateOnly? Founded = null,
    string? Sectors = null,
    string? DecisionKind = null,
    decimal? Amount = null,
    string? Currency = null,
    DateOnly? AppliedDate = null,
    DateOnly? DecidedDate = null,
    string? Method = null,
    int? Bidders = null,
    string? BirthMonth = null) : ICopyRow
{
    public void Write(BinaryCopyWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Id);
        writer.Write(Kind);
        writer.Write(Name);
        writer.Write(NormalizedName);
        writer.Write(IdNumber);
        writer.Write(IdNumberStatus);
        writer.Write(BirthDate);
        writer.Write(Gender);
        writer.Write(Phone);
        writer.Write(Address);
        writer.Write(CreditCode);
        writer.Write(CreditCodeStatus);
        writer.Write(Listed);
        writer.Write(RegionCode);
        writer.Write(Industry);
        writer.Write(Status);
        writer.Write(Founded);
        writer.Write(Sectors);
        writer.Write(DecisionKind);
        writer.Write(Amount);
        writer.Write(Currency);
        writer.Write(AppliedDate);
        writer.Write(DecidedDate);
        writer.Write(Method);
        writer.Write(Bidders);
        writer.Write(BirthMonth);
    }

    public object?[] Values() =>
    [
        Id, Kind, Name, NormalizedName, IdNumber, IdNumberStatus, BirthDate, Gender, Phone, Address, CreditCode, CreditCodeStatus, Listed,
        RegionCode, Industry, Status, Founded, Sectors, DecisionKind, Amount, Currency, AppliedDate, DecidedDate, Method, Bidders, BirthMonth,
    ];
}
