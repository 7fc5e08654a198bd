using Qingdan.Graph.Server.Api.Schema;

namespace Qingdan.Graph.Server.Api.Operations;

/// <summary>Where an ingest batch stands.</summary>
public sealed class IngestBatchStatusType() : WordEnumType(
    "IngestBatchStatus",
    "Where an ingest batch stands.",
    ("running", "Being ingested (or stopped before it ended)."),
    ("committed", "Its facts are in the store."),
    ("rolled_back", "Nothing was kept but its rejected rows (all or nothing, and a row was rejected)."),
    ("unchanged", "The same files were ingested before: nothing to do."));
