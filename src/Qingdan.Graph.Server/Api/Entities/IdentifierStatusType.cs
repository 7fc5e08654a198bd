using Qingdan.Graph.Server.Api.Schema;

namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>Whether an identity number or credit code checks.</summary>
public sealed class IdentifierStatusType() : WordEnumType(
    "IdentifierStatus",
    "Whether an identity number (GB 11643) or credit code (GB 32100) is complete and checks.",
    ("valid", "Complete and its check character is right: used for matching."),
    ("masked", "Some characters hidden with *: narrows a match, never decides one alone."),
    ("invalid", "Wrong shape or wrong check character: kept, flagged, never used to match."));
