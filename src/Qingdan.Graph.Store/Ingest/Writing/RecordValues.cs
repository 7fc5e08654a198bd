namespace Qingdan.Graph.Store.Ingest.Writing;

/// <summary>
/// One <c>source_records</c> row, in <see cref="StoreTables.SourceRecords"/> order: typed fields, so that
/// COPY writes each value without boxing it.
/// </summary>
internal readonly record struct RecordValues(
    long Id,
    string Registry,
    long BatchId,
    string File,
    int Line,
    string Ref,
    short Kind,
    long? Entity,
    string? ResolvedBy,
    string Name,
    string NormalizedName,
    string? Identifier,
    string? IdentifierStatus,
    DateOnly? BirthDate,
    string? Gender,
    string? Phone,
    string? Address,
    bool? Listed,
    string? RegionCode,
    string? Industry,
    string? Status,
    DateOnly? Founded,
    string? Sectors,
    string? DecisionKind,
    decimal? Amount,
    string? Currency,
    DateOnly? AppliedDate,
    DateOnly? DecidedDate,
    string? Method,
    int? Bidders,
    string? Extra,
    string? BirthMonth = null) : ICopyRow
{
    public void Write(BinaryCopyWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Id);
        writer.Write(Registry);
        writer.Write(BatchId);
        writer.Write(File);
        writer.Write(Line);
        writer.Write(Ref);
        writer.Write(Kind);
        writer.Write(Entity);
        writer.Write(ResolvedBy);
        writer.Write(Name);
        writer.Write(NormalizedName);
        writer.Write(Identifier);
        writer.Write(IdentifierStatus);
        writer.Write(BirthDate);
        writer.Write(Gender);
        writer.Write(Phone);
        writer.Write(Address);
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
        writer.Write(Extra);
        writer.Write(BirthMonth);
    }

    public object?[] Values() =>
    [
        Id, Registry, BatchId, File, Line, Ref, Kind, Entity, ResolvedBy, Name, NormalizedName, Identifier, IdentifierStatus, BirthDate, Gender,
        Phone, Address, Listed, RegionCode, Industry, Status, Founded, Sectors, DecisionKind, Amount, Currency, AppliedDate, DecidedDate, Method,
        Bidders, Extra, BirthMonth,
    ];
}
