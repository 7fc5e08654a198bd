using Qingdan.Graph.Server.Api.Schema;
using Qingdan.Graph.Store.Cases;

namespace Qingdan.Graph.Server.Api.Cases;

/// <summary>Where an investigation stands.</summary>
public sealed class CaseStatusType() : VocabularyEnumType<CaseStatus>(
    "CaseStatus",
    "Where an investigation stands (docs/cases.md).",
    (CaseStatus.Open, "Opened, not yet worked."),
    (CaseStatus.InProgress, "Being investigated."),
    (CaseStatus.Referred, "Handed over (to discipline inspection, to prosecutors) and awaiting their answer."),
    (CaseStatus.Closed, "Finished."));
