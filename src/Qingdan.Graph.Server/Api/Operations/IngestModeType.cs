using Qingdan.Graph.Server.Api.Schema;

namespace Qingdan.Graph.Server.Api.Operations;

/// <summary>Whether a bundle adds to its registry's facts or replaces them.</summary>
public sealed class IngestModeType() : WordEnumType(
    "IngestMode",
    "Whether a bundle adds to what its registry stated before or replaces it (registry-bundle.md).",
    ("delta", "Adds and changes facts; what it does not mention stays."),
    ("snapshot", "States the registry's whole content: what it no longer mentions ends."));
