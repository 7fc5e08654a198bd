using Qingdan.Graph.Server.Api.Schema;

namespace Qingdan.Graph.Server.Api.Operations;

/// <summary>What started a sweep.</summary>
public sealed class SweepTriggerType() : WordEnumType(
    "SweepTrigger",
    "What started a sweep.",
    ("cli", "The command line (qingdan sweep, qingdan demo)."),
    ("schedule", "The scheduler, on its cron expression."),
    ("api", "The runSweep mutation."));
