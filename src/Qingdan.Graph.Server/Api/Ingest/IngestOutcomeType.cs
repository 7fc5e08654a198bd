using Qingdan.Graph.Server.Api.Schema;

namespace Qingdan.Graph.Server.Api.Ingest;

/// <summary>How an <c>ingestUpload</c> ended.</summary>
public sealed class IngestOutcomeType() : WordEnumType(
    "IngestOutcome",
    "How an ingest of delivered files ended.",
    ("committed", "Its facts are in the store."),
    ("unchanged", "The same files were ingested before: nothing to do."),
    ("rolled_back", "Nothing was kept but its rejected rows (allOrNothing, and a row was rejected)."),
    ("failed", "The files could not be read; error says why."));
