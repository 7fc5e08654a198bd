using Qingdan.Graph.Server.Api.Schema;

namespace Qingdan.Graph.Server.Api.Entities;

/// <summary>A person's gender as the registries state it.</summary>
public sealed class GenderType() : WordEnumType(
    "Gender",
    "A person's gender as the registries state it (or as the identity number encodes it).",
    ("male", "Male."),
    ("female", "Female."));
