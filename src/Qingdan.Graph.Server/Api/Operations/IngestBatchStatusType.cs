using Qingdan.Graph.Server.Api.Schema;
using Qingdan.Graph.Store.Ingest;

namespace Qingdan.Graph.Server.Api.Operations;

/// <summary>Where an ingest batch stands.</summary>
public sealed class IngestBatchStatusType() : VocabularyEnumType<IngestBatchStatus>(
    "IngestBatchStatus",
    "Where an ingest batch stands.",
    (IngestBatchStatus.Running, "Being ingested (or stopped before it ended)."),
    (IngestBatchStatus.Committed, "Its facts are in the store."),
    (IngestBatchStatus.RolledBack, "Nothing was kept but its rejected rows (all or nothing, and a row was rejected)."),
    (IngestBatchStatus.Unchanged, "The same files were ingested before: nothing to do."));
