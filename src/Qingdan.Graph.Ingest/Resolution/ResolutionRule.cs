namespace Qingdan.Graph.Ingest.Resolution;

/// <summary>The rule that put a record with its entity (DESIGN "Entity resolution"), as recorded with every merge.</summary>
public static class ResolutionRule
{
    /// <summary>No other record: the record is an entity of its own.</summary>
    public const string New = "new";

    /// <summary>Rule 1: the same valid identity number or credit code.</summary>
    public const string Identifier = "identifier";

    /// <summary>Rule 2: a masked identifier compatible with exactly one known one, under the same name.</summary>
    public const string MaskedIdentifier = "masked_identifier";

    /// <summary>Rule 3 for people: the same name and birth date, one candidate.</summary>
    public const string NameAndBirthDate = "name_birth_date";

    /// <summary>Rule 3 for companies and agencies: the same normalised name, one candidate.</summary>
    public const string Name = "name";

    /// <summary>A person decided that the two records are the same.</summary>
    public const string Decision = "decision";
}
