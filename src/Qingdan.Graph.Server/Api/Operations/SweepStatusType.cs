using Qingdan.Graph.Server.Api.Schema;

namespace Qingdan.Graph.Server.Api.Operations;

/// <summary>How a sweep ended.</summary>
public sealed class SweepStatusType() : WordEnumType(
    "SweepStatus",
    "How a sweep ended; a sweep is recorded only when it ends.",
    ("succeeded", "Every rule ran and its findings were kept."),
    ("failed", "It stopped; error says why, and the findings stay as the last sweep left them."));
