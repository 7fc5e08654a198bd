using Qingdan.Graph.Server.Api.Schema;
using Qingdan.Graph.Store.Findings;

namespace Qingdan.Graph.Server.Api.Operations;

/// <summary>How a sweep ended.</summary>
public sealed class SweepStatusType() : VocabularyEnumType<SweepStatus>(
    "SweepStatus",
    "How a sweep ended; a sweep is recorded only when it ends.",
    (SweepStatus.Succeeded, "Every rule ran and its findings were kept."),
    (SweepStatus.Failed, "It stopped; error says why, and the findings stay as the last sweep left them."));
