using Qingdan.Graph.Server.Api.Schema;
using Qingdan.Graph.Store.Cases;

namespace Qingdan.Graph.Server.Api.Cases;

/// <summary>What an entry of a case's history records.</summary>
public sealed class CaseEventKindType() : VocabularyEnumType<CaseEventKind>(
    "CaseEventKind",
    "What happened to a case.",
    (CaseEventKind.Opened, "The case was opened; the text is its title."),
    (CaseEventKind.Retitled, "The title changed; the text is 'old → new'."),
    (CaseEventKind.Described, "The description changed; the text is the new one (null: cleared)."),
    (CaseEventKind.Status, "The status changed; the text is 'old → new' in wire words."),
    (CaseEventKind.Assigned, "Someone was assigned; the text is who."),
    (CaseEventKind.Unassigned, "Someone was unassigned; the text is who."),
    (CaseEventKind.Note, "A note; the text is the note."),
    (CaseEventKind.FindingAdded, "A finding was added."),
    (CaseEventKind.FindingRemoved, "A finding was removed."),
    (CaseEventKind.EntityAdded, "A person, company or agency was added."),
    (CaseEventKind.EntityRemoved, "A person, company or agency was removed."),
    (CaseEventKind.Triaged, "The case's findings were triaged at once; the text is 'status changed/chosen' and the note."));
