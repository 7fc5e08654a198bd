using System.Text.Json;
using Qingdan.Graph.Core.Identifiers;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Core.Text;
using Qingdan.Graph.Ingest.Resolution;
using Qingdan.Graph.Ingest.Statements;
using Qingdan.Graph.Store.Ingest.Writing;
using Qingdan.Graph.Store.Resolution;

namespace Qingdan.Graph.Store.Ingest;

/// <summary>
/// A record a batch states for the first time. It is held in memory until resolution has given it its
/// entity and then written once, with it: not staged in the database, read back for its features and
/// its fields, and copied across (one record a distinct ref, as the refs themselves).
/// </summary>
internal sealed record NewRecord(long Id, string Registry, long BatchId, NodeStatement Node)
{
    private string? _naturalKey;
    private string? _normalizedName;

    public string NaturalKey => _naturalKey ??= Key(Registry, Node.Kind, Node.Ref);

    /// <summary>The name under <see cref="NameNormalizer"/>: resolution, the record's row and its entity's row all need it.</summary>
    public string NormalizedName => _normalizedName ??= NameNormalizer.Normalize(Node.Name);

    /// <summary>What a record is matched on, as the resolver reads it for a stored record too.</summary>
    public ResolutionRecord Features() =>
        Feature(
            Id,
            Node.Kind,
            NaturalKey,
            NormalizedName,
            Node.Identifier,
            Node.IdentifierStatus,
            Node.BirthDate,
            Node.Gender,
            Node.BirthMonth);

    /// <summary>The record as the canonical-entity builder reads it.</summary>
    public StoredRecord Stored() => new()
    {
        Id = Id,
        Kind = Node.Kind,
        NaturalKey = NaturalKey,
        BatchId = BatchId,
        Name = Node.Name,
        NormalizedName = NormalizedName,
        Identifier = Node.Identifier,
        IdentifierStatus = Node.IdentifierStatus,
        BirthDate = Node.BirthDate,
        BirthMonth = Node.BirthMonth?.ToString(),
        Gender = Node.Gender,
        Phone = Node.Phone,
        Address = Node.Address,
        Listed = Node.Listed,
        RegionCode = Node.RegionCode,
        Industry = Node.Industry,
        Status = Node.Status,
        Founded = Node.Founded,
        Sectors = Sectors(Node),
        DecisionKind = Node.DecisionKind,
        Amount = Node.Amount,
        Currency = Node.Currency,
        AppliedDate = Node.AppliedDate,
        DecidedDate = Node.DecidedDate,
        Method = Wire.StoredName<ProcurementMethod>(Node.Method),
        Bidders = Node.Bidders,
    };

    /// <summary>The <c>source_records</c> row.</summary>
    public RecordValues Row(long? entity, string? rule) => Row(Id, Registry, BatchId, Node, entity, rule, NormalizedName);

    /// <summary>A record's <c>source_records</c> row.</summary>
    public static RecordValues Row(
        long id,
        string registry,
        long batchId,
        NodeStatement node,
        long? entity,
        string? rule,
        string? normalizedName = null) => new(
        id, registry, batchId, node.Source.File, node.Source.Line, node.Ref, (short)node.Kind, entity, rule, node.Name, normalizedName
            ?? NameNormalizer.Normalize(node.Name),
        node.Identifier, Wire.StoredName<IdentifierStatus>(node.IdentifierStatus), node.BirthDate, Wire.StoredName<Sex>(node.Gender), node
            .Phone, node.Address, node.Listed,
        node.RegionCode, node.Industry, node.Status, node.Founded, Sectors(node), node.DecisionKind,
        node.Amount, node.Currency, node.AppliedDate, node.DecidedDate, Wire.StoredName<ProcurementMethod>(node.Method), node.Bidders,
        node.Extra is null ? null : JsonSerializer.Serialize(node.Extra), node.BirthMonth?.ToString());

    /// <summary>A record's natural key: registry, kind and ref.</summary>
    public static string Key(string registry, NodeKind kind, string reference) => $"{registry}\u001F{(int)kind}\u001F{reference}";

    /// <summary>
    /// A record's features for the resolver: a person's birth date and sex, when the registry left them
    /// out, come from a readable identity number.
    /// </summary>
    public static ResolutionRecord Feature(
        long id,
        NodeKind kind,
        string naturalKey,
        string normalizedName,
        string? identifier,
        IdentifierStatus? status,
        DateOnly? birth,
        Sex? gender,
        YearMonth? birthMonth = null)
    {
        if (kind == NodeKind.Person && (birth is null || gender is null) && identifier is not null && status != IdentifierStatus.Invalid &&
            IdentityNumber.Parse(identifier) is { } number)
        {
            birth ??= number.BirthDate;
            gender ??= number.Sex;
        }

        return new ResolutionRecord(id, kind, naturalKey, normalizedName, identifier, status, birth, gender)
        {
            BirthMonth = birth is null ? birthMonth : null
        };
    }

    private static string? Sectors(NodeStatement node) => node.Sectors.Count == 0 ? null : string.Join('|', node.Sectors);
}
