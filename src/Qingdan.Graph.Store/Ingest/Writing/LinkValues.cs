namespace Qingdan.Graph.Store.Ingest.Writing;

/// <summary>
/// One <c>links</c> row as the ingest writes it, in <see cref="StoreTables.Links"/> order: a struct with
/// typed fields, so that a chunk of links is one array and COPY writes each value without boxing it.
/// </summary>
internal readonly record struct LinkValues(
    string Registry,
    Guid FactKey,
    short Kind,
    long FromRecord,
    long ToRecord,
    long? FromEntity,
    long? ToEntity,
    DateOnly? Start,
    DateOnly? End,
    DateOnly? StatedEnd,
    DateOnly? LastStatedAsOf,
    string? Detail,
    double? Share,
    decimal? Amount,
    decimal? MonthlySalary,
    bool? Nominal,
    string? Title,
    string? Rank,
    string? Powers,
    string? Note,
    string? Extra,
    long BatchId,
    string File,
    int Line) : ICopyRow
{
    public void Write(BinaryCopyWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Registry);
        writer.Write(FactKey);
        writer.Write(Kind);
        writer.Write(FromRecord);
        writer.Write(ToRecord);
        writer.Write(FromEntity);
        writer.Write(ToEntity);
        writer.Write(Start);
        writer.Write(End);
        writer.Write(StatedEnd);
        writer.Write(LastStatedAsOf);
        writer.Write(Detail);
        writer.Write(Share);
        writer.Write(Amount);
        writer.Write(MonthlySalary);
        writer.Write(Nominal);
        writer.Write(Title);
        writer.Write(Rank);
        writer.Write(Powers);
        writer.Write(Note);
        writer.Write(Extra);
        writer.Write(BatchId);
        writer.Write(File);
        writer.Write(Line);
    }

    public object?[] Values() =>
    [
        Registry, FactKey, Kind, FromRecord, ToRecord, FromEntity, ToEntity, Start, End, StatedEnd, LastStatedAsOf, Detail, Share, Amount,
        MonthlySalary, Nominal, Title, Rank, Powers, Note, Extra, BatchId, File, Line,
    ];
}
