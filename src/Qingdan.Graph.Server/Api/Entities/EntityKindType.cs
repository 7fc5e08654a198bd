using Qingdan.Graph.Server.Api.Schema;

namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>The kinds of node, as evidence names them.</summary>
public sealed class EntityKindType() : WordEnumType(
    "EntityKind",
    "The kind of an entity of the graph.",
    ("person", "A person: an official, a relative, an associate, a shareholder."),
    ("company", "A company."),
    ("agency", "A government agency."),
    ("decision", "A decision: a procurement award, a licence, an approval, a subsidy…"));
