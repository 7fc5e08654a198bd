using Qingdan.Graph.Server.Api.Schema;
using Qingdan.Graph.Store.Findings;

namespace Qingdan.Graph.Server.Api.Operations;

/// <summary>What started a sweep.</summary>
public sealed class SweepTriggerType() : VocabularyEnumType<SweepTrigger>(
    "SweepTrigger",
    "What started a sweep.",
    (SweepTrigger.Cli, "The command line (qingdan sweep, qingdan demo)."),
    (SweepTrigger.Schedule, "The scheduler, on its cron expression."),
    (SweepTrigger.Api, "The runSweep mutation."));
