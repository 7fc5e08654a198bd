/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query OpenCases {\n    cases(first: 200, where: { status: [OPEN, IN_PROGRESS, REFERRED] }) { nodes { id title } }\n  }\n": typeof types.OpenCasesDocument,
    "\n  mutation AddToCase($case: ID!, $findings: [ID!], $entities: [ID!]) {\n    addToCase(case: $case, findings: $findings, entities: $entities) { id title }\n  }\n": typeof types.AddToCaseDocument,
    "\n  mutation OpenCase($title: String!, $findings: [ID!], $entities: [ID!]) {\n    openCase(title: $title, findings: $findings, entities: $entities) { id title }\n  }\n": typeof types.OpenCaseDocument,
    "\n  fragment EntityRef on Entity {\n    __typename\n    ... on Person { id name redacted }\n    ... on Company { id name redacted }\n    ... on Agency { id name }\n    ... on Decision { id title kind }\n  }\n": typeof types.EntityRefFragmentDoc,
    "\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) { ...EntityRef }\n  }\n": typeof types.SearchDocument,
    "\n  query SearchHits($text: String!, $first: Int) {\n    searchHits(text: $text, first: $first) { entity { ...EntityRef } field match text official withFindings }\n  }\n": typeof types.SearchHitsDocument,
    "\n  fragment SourceRef on Source { bundle file line }\n": typeof types.SourceRefFragmentDoc,
    "\n  fragment FactFields on Fact {\n    kind detail validFrom validTo share amount title\n    from { ...EntityRef }\n    to { ...EntityRef }\n    sources { ...SourceRef }\n  }\n": typeof types.FactFieldsFragmentDoc,
    "\n  fragment EvidenceLinkFields on EvidenceLink {\n    kind from to detail validFrom validTo share amount\n    sources { bundle file line }\n  }\n": typeof types.EvidenceLinkFieldsFragmentDoc,
    "\n  fragment FindingDetail on Finding {\n    id rule variants severity reasons relations amount active triageStatus assignee firstSeen lastSeen agencyId\n    official { id name idNumber birthDate positions { ...FactFields } }\n    company { id name creditCode status }\n    clause { item zh en regulation }\n    evidence { shows on nodes { id kind name } links { ...EvidenceLinkFields } report { id reportDate } }\n    decisions { id title kind amount decidedDate method }\n    transactions { ...EvidenceLinkFields }\n    reports { id registry ref reportDate source { bundle file line } }\n    history { at kind actor fromStatus toStatus text sweep }\n  }\n": typeof types.FindingDetailFragmentDoc,
    "\n  query Finding($id: ID!) {\n    finding(id: $id) { ...FindingDetail }\n  }\n": typeof types.FindingDocument,
    "\n  fragment FindingLine on Finding {\n    id rule severity triageStatus active relations\n    official { id name }\n    company { id name }\n  }\n": typeof types.FindingLineFragmentDoc,
    "\n  query Network($id: ID!, $hops: Int, $via: [LinkKind!], $asOf: Date, $cap: Int) {\n    network(id: $id, hops: $hops, via: $via, asOf: $asOf, capPerKind: $cap) {\n      nodes { ...EntityRef }\n      links { ...FactFields }\n      more { node { ...EntityRef } kind count }\n    }\n  }\n": typeof types.NetworkDocument,
    "\n  fragment PersonalReportLine on PersonalReport {\n    id registry ref reportDate submittedDate\n    items { shown }\n    covered { listed }\n    interests { declared }\n    findings { id }\n  }\n": typeof types.PersonalReportLineFragmentDoc,
    "\n  query FindingHeld($id: ID!) {\n    finding(id: $id) { id heldDuring { from to } }\n  }\n": typeof types.FindingHeldDocument,
    "\n  query Watches { watches { entity kind name createdAt } }\n": typeof types.WatchesDocument,
    "\n  mutation Watch($entity: ID!) { watch(entity: $entity) { entity } }\n": typeof types.WatchDocument,
    "\n  mutation Unwatch($entity: ID!) { unwatch(entity: $entity) }\n": typeof types.UnwatchDocument,
    "\n  query Viewer { viewer { role } }\n": typeof types.ViewerDocument,
    "\n  query CasePage($id: ID!) {\n    case(id: $id) {\n      id title description status createdBy createdAt updatedAt assignees findingCount entityCount\n      triageCounts { status count }\n      findings { ...FindingLine }\n      entities { ...EntityRef }\n      history { at kind actor text finding entity }\n    }\n  }\n": typeof types.CasePageDocument,
    "\n  mutation UpdateCase($case: ID!, $title: String, $description: String, $status: CaseStatus) {\n    updateCase(case: $case, title: $title, description: $description, status: $status) { id }\n  }\n": typeof types.UpdateCaseDocument,
    "\n  mutation AssignCase($case: ID!, $add: [String!], $remove: [String!]) {\n    assignCase(case: $case, add: $add, remove: $remove) { id }\n  }\n": typeof types.AssignCaseDocument,
    "\n  mutation CaseNote($case: ID!, $text: String!) {\n    addCaseNote(case: $case, text: $text) { id }\n  }\n": typeof types.CaseNoteDocument,
    "\n  mutation TriageCase($case: ID!, $status: TriageStatus!, $findings: [ID!], $note: String) {\n    triageCase(case: $case, status: $status, findings: $findings, note: $note) { id history { kind text } }\n  }\n": typeof types.TriageCaseDocument,
    "\n  mutation RemoveFromCase($case: ID!, $findings: [ID!], $entities: [ID!]) {\n    removeFromCase(case: $case, findings: $findings, entities: $entities) { id }\n  }\n": typeof types.RemoveFromCaseDocument,
    "\n  query Cases($where: CaseFilter, $after: String) {\n    cases(first: 50, after: $after, where: $where) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id title status assignees findingCount entityCount updatedAt triageCounts { status count } }\n    }\n  }\n": typeof types.CasesDocument,
    "\n  mutation NewCase($title: String!, $description: String) {\n    openCase(title: $title, description: $description) { id }\n  }\n": typeof types.NewCaseDocument,
    "\n  query Entity($id: ID!) {\n    entity(id: $id) {\n      __typename\n      ... on Person {\n        id name idNumber idNumberStatus birthDate gender\n        positions { ...FactFields }\n        relatives { person { id name redacted } relation validFrom validTo links { sources { ...SourceRef } } }\n        holdings { ...FactFields }\n        roles { ...FactFields }\n        decisions { ...FactFields }\n        transactions { ...FactFields }\n        findings { ...FindingLine }\n        reports { ...PersonalReportLine }\n      }\n      ... on Company {\n        id name creditCode creditCodeStatus listed regionCode industry status\n        shareholders { ...FactFields }\n        holdings { ...FactFields }\n        officers { ...FactFields }\n        ultimateOwners { person { id name redacted } share chains { to { ...EntityRef } } }\n        decisions { ...FactFields }\n        findings { ...FindingLine }\n      }\n      ... on Agency {\n        id name regionCode sectors\n        staff { ...FactFields }\n        decisions { ...FactFields }\n      }\n      ... on Decision {\n        id kind title amount currency appliedDate decidedDate method bidders\n        issuedBy { ...FactFields }\n        beneficiaries { ...FactFields }\n        participants { ...FactFields }\n        tenders { ...FactFields }\n      }\n    }\n  }\n": typeof types.EntityDocument,
    "\n  mutation Triage($id: ID!, $status: TriageStatus!, $note: String) {\n    triageFinding(id: $id, status: $status, note: $note) { id }\n  }\n": typeof types.TriageDocument,
    "\n  mutation Assign($id: ID!, $assignee: String) {\n    assignFinding(id: $id, assignee: $assignee) { id }\n  }\n": typeof types.AssignDocument,
    "\n  mutation Comment($id: ID!, $text: String!) {\n    commentFinding(id: $id, text: $text) { id }\n  }\n": typeof types.CommentDocument,
    "\n  query Inbox($where: FindingFilter, $after: String, $first: Int) {\n    findings(first: $first, after: $after, where: $where, order: [{ field: SEVERITY, direction: DESC }, { field: RULE }, { field: ID }]) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...FindingLine }\n    }\n    agencies: findingStats(groupBy: [AGENCY], where: { active: { eq: true } }) { agency agencyName count }\n    byRule: findingStats(groupBy: [RULE, SEVERITY], where: { active: { eq: true } }) { rule severity count }\n  }\n": typeof types.InboxDocument,
    "\n  mutation BulkTriageFinding($id: ID!, $status: TriageStatus!, $note: String) {\n    triageFinding(id: $id, status: $status, note: $note) { id triageStatus }\n  }\n": typeof types.BulkTriageFindingDocument,
    "\n  query MappingExamples { mappingExamples { name description files } }\n": typeof types.MappingExamplesDocument,
    "\n  query Check($upload: ID, $example: String) {\n    mappingCheck(upload: $upload, example: $example, rows: 3) {\n      ok registry bundleId rejected rowsRead rowsFiltered records facts\n      mappingProblems { file line reason }\n      headers { location row cells }\n      samples { location row records { name kind values { column value } } }\n      problems(first: 200) { file line reason rejected }\n    }\n  }\n": typeof types.CheckDocument,
    "\n  mutation Ingest($upload: ID, $example: String, $allOrNothing: Boolean) {\n    ingestUpload(upload: $upload, example: $example, allOrNothing: $allOrNothing) {\n      status error nodes links rejected warnings seconds\n      batch { id bundleId registry rowsRejected rejectedRows(first: 200) { file line reason raw } }\n    }\n  }\n": typeof types.IngestDocument,
    "\n  query KeyCheck { __typename }\n": typeof types.KeyCheckDocument,
    "\n  query Notifications($unread: Boolean, $first: Int) {\n    notifications(unread: $unread, first: $first) {\n      totalCount unreadCount\n      items { id kind entity finding title createdAt readAt }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  query UnreadNotifications { notifications(unread: true, first: 1) { unreadCount } }\n": typeof types.UnreadNotificationsDocument,
    "\n  mutation MarkRead($ids: [ID!], $all: Boolean) { markRead(ids: $ids, all: $all) }\n": typeof types.MarkReadDocument,
    "\n  query Webhooks { webhooks { id url createdAt deliveries(first: 5) { id notification status attempts lastStatus lastError lastAttemptAt } } }\n": typeof types.WebhooksDocument,
    "\n  mutation AddWebhook($url: String!, $secret: String!) { addWebhook(url: $url, secret: $secret) { id } }\n": typeof types.AddWebhookDocument,
    "\n  mutation RemoveWebhook($id: ID!) { removeWebhook(id: $id) }\n": typeof types.RemoveWebhookDocument,
    "\n  query Paths($from: ID!, $to: ID!, $asOf: Date, $maxHops: Int, $via: [LinkKind!]) {\n    paths(from: $from, to: $to, asOf: $asOf, maxHops: $maxHops, via: $via, maxPaths: 20) {\n      truncated\n      paths { nodes { ...EntityRef } links { ...FactFields } }\n    }\n  }\n": typeof types.PathsDocument,
    "\n  query PersonalReport($id: ID!) {\n    report(id: $id) {\n      id registry ref reportDate submittedDate\n      person { ...EntityRef }\n      source { ...SourceRef }\n      items { kind relation shown person { ...EntityRef } company { ...EntityRef } source { ...SourceRef } }\n      covered { relation listed person { ...EntityRef } }\n      interests {\n        relation declared\n        person { ...EntityRef }\n        company { ...EntityRef }\n        fact { kind detail share validFrom validTo sources { ...SourceRef } }\n      }\n      findings { id rule variants severity triageStatus active company { id name } }\n    }\n  }\n": typeof types.PersonalReportDocument,
    "\n  query Reports {\n    reports { id name description owner schedule timeZone nextRunAt lastRun { startedAt trigger failed } }\n  }\n": typeof types.ReportsDocument,
    "\n  query SavedReport($name: String!, $lang: String) {\n    savedReport(name: $name) {\n      id name description query variables owner schedule timeZone nextRunAt\n      parameters { name type defaultValue required }\n      downloads { csv xlsx }\n      lastRun { id trigger runBy startedAt failed errors tables(lang: $lang) { name columns { path label numeric } rows } }\n    }\n  }\n": typeof types.SavedReportDocument,
    "\n  mutation RunReport($name: String!, $variables: String, $lang: String) {\n    runReport(name: $name, variables: $variables) {\n      id trigger runBy startedAt failed errors tables(lang: $lang) { name columns { path label numeric } rows }\n    }\n  }\n": typeof types.RunReportDocument,
    "\n  query Review($first: Int) {\n    resolutionCandidates(first: $first) {\n      id reason createdAt differences\n      a { ...ReviewRecord }\n      b { ...ReviewRecord }\n    }\n  }\n  fragment ReviewRecord on ResolutionRecord {\n    id kind entity resolvedBy registry file line ref links\n    name identifier identifierStatus birthDate birthMonth gender phone address listed regionCode industry status founded sectors extra\n  }\n": typeof types.ReviewDocument,
    "\n  query ReviewViewer { viewer { role } }\n": typeof types.ReviewViewerDocument,
    "\n  mutation DecideMatch($recordA: ID!, $recordB: ID!, $same: Boolean!, $note: String) {\n    decideMatch(recordA: $recordA, recordB: $recordB, same: $same, note: $note) { entities openCandidates }\n  }\n": typeof types.DecideMatchDocument,
};
const documents: Documents = {
    "\n  query OpenCases {\n    cases(first: 200, where: { status: [OPEN, IN_PROGRESS, REFERRED] }) { nodes { id title } }\n  }\n": types.OpenCasesDocument,
    "\n  mutation AddToCase($case: ID!, $findings: [ID!], $entities: [ID!]) {\n    addToCase(case: $case, findings: $findings, entities: $entities) { id title }\n  }\n": types.AddToCaseDocument,
    "\n  mutation OpenCase($title: String!, $findings: [ID!], $entities: [ID!]) {\n    openCase(title: $title, findings: $findings, entities: $entities) { id title }\n  }\n": types.OpenCaseDocument,
    "\n  fragment EntityRef on Entity {\n    __typename\n    ... on Person { id name redacted }\n    ... on Company { id name redacted }\n    ... on Agency { id name }\n    ... on Decision { id title kind }\n  }\n": types.EntityRefFragmentDoc,
    "\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) { ...EntityRef }\n  }\n": types.SearchDocument,
    "\n  query SearchHits($text: String!, $first: Int) {\n    searchHits(text: $text, first: $first) { entity { ...EntityRef } field match text official withFindings }\n  }\n": types.SearchHitsDocument,
    "\n  fragment SourceRef on Source { bundle file line }\n": types.SourceRefFragmentDoc,
    "\n  fragment FactFields on Fact {\n    kind detail validFrom validTo share amount title\n    from { ...EntityRef }\n    to { ...EntityRef }\n    sources { ...SourceRef }\n  }\n": types.FactFieldsFragmentDoc,
    "\n  fragment EvidenceLinkFields on EvidenceLink {\n    kind from to detail validFrom validTo share amount\n    sources { bundle file line }\n  }\n": types.EvidenceLinkFieldsFragmentDoc,
    "\n  fragment FindingDetail on Finding {\n    id rule variants severity reasons relations amount active triageStatus assignee firstSeen lastSeen agencyId\n    official { id name idNumber birthDate positions { ...FactFields } }\n    company { id name creditCode status }\n    clause { item zh en regulation }\n    evidence { shows on nodes { id kind name } links { ...EvidenceLinkFields } report { id reportDate } }\n    decisions { id title kind amount decidedDate method }\n    transactions { ...EvidenceLinkFields }\n    reports { id registry ref reportDate source { bundle file line } }\n    history { at kind actor fromStatus toStatus text sweep }\n  }\n": types.FindingDetailFragmentDoc,
    "\n  query Finding($id: ID!) {\n    finding(id: $id) { ...FindingDetail }\n  }\n": types.FindingDocument,
    "\n  fragment FindingLine on Finding {\n    id rule severity triageStatus active relations\n    official { id name }\n    company { id name }\n  }\n": types.FindingLineFragmentDoc,
    "\n  query Network($id: ID!, $hops: Int, $via: [LinkKind!], $asOf: Date, $cap: Int) {\n    network(id: $id, hops: $hops, via: $via, asOf: $asOf, capPerKind: $cap) {\n      nodes { ...EntityRef }\n      links { ...FactFields }\n      more { node { ...EntityRef } kind count }\n    }\n  }\n": types.NetworkDocument,
    "\n  fragment PersonalReportLine on PersonalReport {\n    id registry ref reportDate submittedDate\n    items { shown }\n    covered { listed }\n    interests { declared }\n    findings { id }\n  }\n": types.PersonalReportLineFragmentDoc,
    "\n  query FindingHeld($id: ID!) {\n    finding(id: $id) { id heldDuring { from to } }\n  }\n": types.FindingHeldDocument,
    "\n  query Watches { watches { entity kind name createdAt } }\n": types.WatchesDocument,
    "\n  mutation Watch($entity: ID!) { watch(entity: $entity) { entity } }\n": types.WatchDocument,
    "\n  mutation Unwatch($entity: ID!) { unwatch(entity: $entity) }\n": types.UnwatchDocument,
    "\n  query Viewer { viewer { role } }\n": types.ViewerDocument,
    "\n  query CasePage($id: ID!) {\n    case(id: $id) {\n      id title description status createdBy createdAt updatedAt assignees findingCount entityCount\n      triageCounts { status count }\n      findings { ...FindingLine }\n      entities { ...EntityRef }\n      history { at kind actor text finding entity }\n    }\n  }\n": types.CasePageDocument,
    "\n  mutation UpdateCase($case: ID!, $title: String, $description: String, $status: CaseStatus) {\n    updateCase(case: $case, title: $title, description: $description, status: $status) { id }\n  }\n": types.UpdateCaseDocument,
    "\n  mutation AssignCase($case: ID!, $add: [String!], $remove: [String!]) {\n    assignCase(case: $case, add: $add, remove: $remove) { id }\n  }\n": types.AssignCaseDocument,
    "\n  mutation CaseNote($case: ID!, $text: String!) {\n    addCaseNote(case: $case, text: $text) { id }\n  }\n": types.CaseNoteDocument,
    "\n  mutation TriageCase($case: ID!, $status: TriageStatus!, $findings: [ID!], $note: String) {\n    triageCase(case: $case, status: $status, findings: $findings, note: $note) { id history { kind text } }\n  }\n": types.TriageCaseDocument,
    "\n  mutation RemoveFromCase($case: ID!, $findings: [ID!], $entities: [ID!]) {\n    removeFromCase(case: $case, findings: $findings, entities: $entities) { id }\n  }\n": types.RemoveFromCaseDocument,
    "\n  query Cases($where: CaseFilter, $after: String) {\n    cases(first: 50, after: $after, where: $where) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id title status assignees findingCount entityCount updatedAt triageCounts { status count } }\n    }\n  }\n": types.CasesDocument,
    "\n  mutation NewCase($title: String!, $description: String) {\n    openCase(title: $title, description: $description) { id }\n  }\n": types.NewCaseDocument,
    "\n  query Entity($id: ID!) {\n    entity(id: $id) {\n      __typename\n      ... on Person {\n        id name idNumber idNumberStatus birthDate gender\n        positions { ...FactFields }\n        relatives { person { id name redacted } relation validFrom validTo links { sources { ...SourceRef } } }\n        holdings { ...FactFields }\n        roles { ...FactFields }\n        decisions { ...FactFields }\n        transactions { ...FactFields }\n        findings { ...FindingLine }\n        reports { ...PersonalReportLine }\n      }\n      ... on Company {\n        id name creditCode creditCodeStatus listed regionCode industry status\n        shareholders { ...FactFields }\n        holdings { ...FactFields }\n        officers { ...FactFields }\n        ultimateOwners { person { id name redacted } share chains { to { ...EntityRef } } }\n        decisions { ...FactFields }\n        findings { ...FindingLine }\n      }\n      ... on Agency {\n        id name regionCode sectors\n        staff { ...FactFields }\n        decisions { ...FactFields }\n      }\n      ... on Decision {\n        id kind title amount currency appliedDate decidedDate method bidders\n        issuedBy { ...FactFields }\n        beneficiaries { ...FactFields }\n        participants { ...FactFields }\n        tenders { ...FactFields }\n      }\n    }\n  }\n": types.EntityDocument,
    "\n  mutation Triage($id: ID!, $status: TriageStatus!, $note: String) {\n    triageFinding(id: $id, status: $status, note: $note) { id }\n  }\n": types.TriageDocument,
    "\n  mutation Assign($id: ID!, $assignee: String) {\n    assignFinding(id: $id, assignee: $assignee) { id }\n  }\n": types.AssignDocument,
    "\n  mutation Comment($id: ID!, $text: String!) {\n    commentFinding(id: $id, text: $text) { id }\n  }\n": types.CommentDocument,
    "\n  query Inbox($where: FindingFilter, $after: String, $first: Int) {\n    findings(first: $first, after: $after, where: $where, order: [{ field: SEVERITY, direction: DESC }, { field: RULE }, { field: ID }]) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...FindingLine }\n    }\n    agencies: findingStats(groupBy: [AGENCY], where: { active: { eq: true } }) { agency agencyName count }\n    byRule: findingStats(groupBy: [RULE, SEVERITY], where: { active: { eq: true } }) { rule severity count }\n  }\n": types.InboxDocument,
    "\n  mutation BulkTriageFinding($id: ID!, $status: TriageStatus!, $note: String) {\n    triageFinding(id: $id, status: $status, note: $note) { id triageStatus }\n  }\n": types.BulkTriageFindingDocument,
    "\n  query MappingExamples { mappingExamples { name description files } }\n": types.MappingExamplesDocument,
    "\n  query Check($upload: ID, $example: String) {\n    mappingCheck(upload: $upload, example: $example, rows: 3) {\n      ok registry bundleId rejected rowsRead rowsFiltered records facts\n      mappingProblems { file line reason }\n      headers { location row cells }\n      samples { location row records { name kind values { column value } } }\n      problems(first: 200) { file line reason rejected }\n    }\n  }\n": types.CheckDocument,
    "\n  mutation Ingest($upload: ID, $example: String, $allOrNothing: Boolean) {\n    ingestUpload(upload: $upload, example: $example, allOrNothing: $allOrNothing) {\n      status error nodes links rejected warnings seconds\n      batch { id bundleId registry rowsRejected rejectedRows(first: 200) { file line reason raw } }\n    }\n  }\n": types.IngestDocument,
    "\n  query KeyCheck { __typename }\n": types.KeyCheckDocument,
    "\n  query Notifications($unread: Boolean, $first: Int) {\n    notifications(unread: $unread, first: $first) {\n      totalCount unreadCount\n      items { id kind entity finding title createdAt readAt }\n    }\n  }\n": types.NotificationsDocument,
    "\n  query UnreadNotifications { notifications(unread: true, first: 1) { unreadCount } }\n": types.UnreadNotificationsDocument,
    "\n  mutation MarkRead($ids: [ID!], $all: Boolean) { markRead(ids: $ids, all: $all) }\n": types.MarkReadDocument,
    "\n  query Webhooks { webhooks { id url createdAt deliveries(first: 5) { id notification status attempts lastStatus lastError lastAttemptAt } } }\n": types.WebhooksDocument,
    "\n  mutation AddWebhook($url: String!, $secret: String!) { addWebhook(url: $url, secret: $secret) { id } }\n": types.AddWebhookDocument,
    "\n  mutation RemoveWebhook($id: ID!) { removeWebhook(id: $id) }\n": types.RemoveWebhookDocument,
    "\n  query Paths($from: ID!, $to: ID!, $asOf: Date, $maxHops: Int, $via: [LinkKind!]) {\n    paths(from: $from, to: $to, asOf: $asOf, maxHops: $maxHops, via: $via, maxPaths: 20) {\n      truncated\n      paths { nodes { ...EntityRef } links { ...FactFields } }\n    }\n  }\n": types.PathsDocument,
    "\n  query PersonalReport($id: ID!) {\n    report(id: $id) {\n      id registry ref reportDate submittedDate\n      person { ...EntityRef }\n      source { ...SourceRef }\n      items { kind relation shown person { ...EntityRef } company { ...EntityRef } source { ...SourceRef } }\n      covered { relation listed person { ...EntityRef } }\n      interests {\n        relation declared\n        person { ...EntityRef }\n        company { ...EntityRef }\n        fact { kind detail share validFrom validTo sources { ...SourceRef } }\n      }\n      findings { id rule variants severity triageStatus active company { id name } }\n    }\n  }\n": types.PersonalReportDocument,
    "\n  query Reports {\n    reports { id name description owner schedule timeZone nextRunAt lastRun { startedAt trigger failed } }\n  }\n": types.ReportsDocument,
    "\n  query SavedReport($name: String!, $lang: String) {\n    savedReport(name: $name) {\n      id name description query variables owner schedule timeZone nextRunAt\n      parameters { name type defaultValue required }\n      downloads { csv xlsx }\n      lastRun { id trigger runBy startedAt failed errors tables(lang: $lang) { name columns { path label numeric } rows } }\n    }\n  }\n": types.SavedReportDocument,
    "\n  mutation RunReport($name: String!, $variables: String, $lang: String) {\n    runReport(name: $name, variables: $variables) {\n      id trigger runBy startedAt failed errors tables(lang: $lang) { name columns { path label numeric } rows }\n    }\n  }\n": types.RunReportDocument,
    "\n  query Review($first: Int) {\n    resolutionCandidates(first: $first) {\n      id reason createdAt differences\n      a { ...ReviewRecord }\n      b { ...ReviewRecord }\n    }\n  }\n  fragment ReviewRecord on ResolutionRecord {\n    id kind entity resolvedBy registry file line ref links\n    name identifier identifierStatus birthDate birthMonth gender phone address listed regionCode industry status founded sectors extra\n  }\n": types.ReviewDocument,
    "\n  query ReviewViewer { viewer { role } }\n": types.ReviewViewerDocument,
    "\n  mutation DecideMatch($recordA: ID!, $recordB: ID!, $same: Boolean!, $note: String) {\n    decideMatch(recordA: $recordA, recordB: $recordB, same: $same, note: $note) { entities openCandidates }\n  }\n": types.DecideMatchDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenCases {\n    cases(first: 200, where: { status: [OPEN, IN_PROGRESS, REFERRED] }) { nodes { id title } }\n  }\n"): typeof import('./graphql').OpenCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddToCase($case: ID!, $findings: [ID!], $entities: [ID!]) {\n    addToCase(case: $case, findings: $findings, entities: $entities) { id title }\n  }\n"): typeof import('./graphql').AddToCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCase($title: String!, $findings: [ID!], $entities: [ID!]) {\n    openCase(title: $title, findings: $findings, entities: $entities) { id title }\n  }\n"): typeof import('./graphql').OpenCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EntityRef on Entity {\n    __typename\n    ... on Person { id name redacted }\n    ... on Company { id name redacted }\n    ... on Agency { id name }\n    ... on Decision { id title kind }\n  }\n"): typeof import('./graphql').EntityRefFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) { ...EntityRef }\n  }\n"): typeof import('./graphql').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchHits($text: String!, $first: Int) {\n    searchHits(text: $text, first: $first) { entity { ...EntityRef } field match text official withFindings }\n  }\n"): typeof import('./graphql').SearchHitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SourceRef on Source { bundle file line }\n"): typeof import('./graphql').SourceRefFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FactFields on Fact {\n    kind detail validFrom validTo share amount title\n    from { ...EntityRef }\n    to { ...EntityRef }\n    sources { ...SourceRef }\n  }\n"): typeof import('./graphql').FactFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvidenceLinkFields on EvidenceLink {\n    kind from to detail validFrom validTo share amount\n    sources { bundle file line }\n  }\n"): typeof import('./graphql').EvidenceLinkFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FindingDetail on Finding {\n    id rule variants severity reasons relations amount active triageStatus assignee firstSeen lastSeen agencyId\n    official { id name idNumber birthDate positions { ...FactFields } }\n    company { id name creditCode status }\n    clause { item zh en regulation }\n    evidence { shows on nodes { id kind name } links { ...EvidenceLinkFields } report { id reportDate } }\n    decisions { id title kind amount decidedDate method }\n    transactions { ...EvidenceLinkFields }\n    reports { id registry ref reportDate source { bundle file line } }\n    history { at kind actor fromStatus toStatus text sweep }\n  }\n"): typeof import('./graphql').FindingDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Finding($id: ID!) {\n    finding(id: $id) { ...FindingDetail }\n  }\n"): typeof import('./graphql').FindingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FindingLine on Finding {\n    id rule severity triageStatus active relations\n    official { id name }\n    company { id name }\n  }\n"): typeof import('./graphql').FindingLineFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Network($id: ID!, $hops: Int, $via: [LinkKind!], $asOf: Date, $cap: Int) {\n    network(id: $id, hops: $hops, via: $via, asOf: $asOf, capPerKind: $cap) {\n      nodes { ...EntityRef }\n      links { ...FactFields }\n      more { node { ...EntityRef } kind count }\n    }\n  }\n"): typeof import('./graphql').NetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonalReportLine on PersonalReport {\n    id registry ref reportDate submittedDate\n    items { shown }\n    covered { listed }\n    interests { declared }\n    findings { id }\n  }\n"): typeof import('./graphql').PersonalReportLineFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindingHeld($id: ID!) {\n    finding(id: $id) { id heldDuring { from to } }\n  }\n"): typeof import('./graphql').FindingHeldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Watches { watches { entity kind name createdAt } }\n"): typeof import('./graphql').WatchesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Watch($entity: ID!) { watch(entity: $entity) { entity } }\n"): typeof import('./graphql').WatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unwatch($entity: ID!) { unwatch(entity: $entity) }\n"): typeof import('./graphql').UnwatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer { viewer { role } }\n"): typeof import('./graphql').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasePage($id: ID!) {\n    case(id: $id) {\n      id title description status createdBy createdAt updatedAt assignees findingCount entityCount\n      triageCounts { status count }\n      findings { ...FindingLine }\n      entities { ...EntityRef }\n      history { at kind actor text finding entity }\n    }\n  }\n"): typeof import('./graphql').CasePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCase($case: ID!, $title: String, $description: String, $status: CaseStatus) {\n    updateCase(case: $case, title: $title, description: $description, status: $status) { id }\n  }\n"): typeof import('./graphql').UpdateCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignCase($case: ID!, $add: [String!], $remove: [String!]) {\n    assignCase(case: $case, add: $add, remove: $remove) { id }\n  }\n"): typeof import('./graphql').AssignCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseNote($case: ID!, $text: String!) {\n    addCaseNote(case: $case, text: $text) { id }\n  }\n"): typeof import('./graphql').CaseNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TriageCase($case: ID!, $status: TriageStatus!, $findings: [ID!], $note: String) {\n    triageCase(case: $case, status: $status, findings: $findings, note: $note) { id history { kind text } }\n  }\n"): typeof import('./graphql').TriageCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveFromCase($case: ID!, $findings: [ID!], $entities: [ID!]) {\n    removeFromCase(case: $case, findings: $findings, entities: $entities) { id }\n  }\n"): typeof import('./graphql').RemoveFromCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cases($where: CaseFilter, $after: String) {\n    cases(first: 50, after: $after, where: $where) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id title status assignees findingCount entityCount updatedAt triageCounts { status count } }\n    }\n  }\n"): typeof import('./graphql').CasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NewCase($title: String!, $description: String) {\n    openCase(title: $title, description: $description) { id }\n  }\n"): typeof import('./graphql').NewCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Entity($id: ID!) {\n    entity(id: $id) {\n      __typename\n      ... on Person {\n        id name idNumber idNumberStatus birthDate gender\n        positions { ...FactFields }\n        relatives { person { id name redacted } relation validFrom validTo links { sources { ...SourceRef } } }\n        holdings { ...FactFields }\n        roles { ...FactFields }\n        decisions { ...FactFields }\n        transactions { ...FactFields }\n        findings { ...FindingLine }\n        reports { ...PersonalReportLine }\n      }\n      ... on Company {\n        id name creditCode creditCodeStatus listed regionCode industry status\n        shareholders { ...FactFields }\n        holdings { ...FactFields }\n        officers { ...FactFields }\n        ultimateOwners { person { id name redacted } share chains { to { ...EntityRef } } }\n        decisions { ...FactFields }\n        findings { ...FindingLine }\n      }\n      ... on Agency {\n        id name regionCode sectors\n        staff { ...FactFields }\n        decisions { ...FactFields }\n      }\n      ... on Decision {\n        id kind title amount currency appliedDate decidedDate method bidders\n        issuedBy { ...FactFields }\n        beneficiaries { ...FactFields }\n        participants { ...FactFields }\n        tenders { ...FactFields }\n      }\n    }\n  }\n"): typeof import('./graphql').EntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Triage($id: ID!, $status: TriageStatus!, $note: String) {\n    triageFinding(id: $id, status: $status, note: $note) { id }\n  }\n"): typeof import('./graphql').TriageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Assign($id: ID!, $assignee: String) {\n    assignFinding(id: $id, assignee: $assignee) { id }\n  }\n"): typeof import('./graphql').AssignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Comment($id: ID!, $text: String!) {\n    commentFinding(id: $id, text: $text) { id }\n  }\n"): typeof import('./graphql').CommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inbox($where: FindingFilter, $after: String, $first: Int) {\n    findings(first: $first, after: $after, where: $where, order: [{ field: SEVERITY, direction: DESC }, { field: RULE }, { field: ID }]) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...FindingLine }\n    }\n    agencies: findingStats(groupBy: [AGENCY], where: { active: { eq: true } }) { agency agencyName count }\n    byRule: findingStats(groupBy: [RULE, SEVERITY], where: { active: { eq: true } }) { rule severity count }\n  }\n"): typeof import('./graphql').InboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkTriageFinding($id: ID!, $status: TriageStatus!, $note: String) {\n    triageFinding(id: $id, status: $status, note: $note) { id triageStatus }\n  }\n"): typeof import('./graphql').BulkTriageFindingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MappingExamples { mappingExamples { name description files } }\n"): typeof import('./graphql').MappingExamplesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Check($upload: ID, $example: String) {\n    mappingCheck(upload: $upload, example: $example, rows: 3) {\n      ok registry bundleId rejected rowsRead rowsFiltered records facts\n      mappingProblems { file line reason }\n      headers { location row cells }\n      samples { location row records { name kind values { column value } } }\n      problems(first: 200) { file line reason rejected }\n    }\n  }\n"): typeof import('./graphql').CheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Ingest($upload: ID, $example: String, $allOrNothing: Boolean) {\n    ingestUpload(upload: $upload, example: $example, allOrNothing: $allOrNothing) {\n      status error nodes links rejected warnings seconds\n      batch { id bundleId registry rowsRejected rejectedRows(first: 200) { file line reason raw } }\n    }\n  }\n"): typeof import('./graphql').IngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeyCheck { __typename }\n"): typeof import('./graphql').KeyCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($unread: Boolean, $first: Int) {\n    notifications(unread: $unread, first: $first) {\n      totalCount unreadCount\n      items { id kind entity finding title createdAt readAt }\n    }\n  }\n"): typeof import('./graphql').NotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotifications { notifications(unread: true, first: 1) { unreadCount } }\n"): typeof import('./graphql').UnreadNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkRead($ids: [ID!], $all: Boolean) { markRead(ids: $ids, all: $all) }\n"): typeof import('./graphql').MarkReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Webhooks { webhooks { id url createdAt deliveries(first: 5) { id notification status attempts lastStatus lastError lastAttemptAt } } }\n"): typeof import('./graphql').WebhooksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddWebhook($url: String!, $secret: String!) { addWebhook(url: $url, secret: $secret) { id } }\n"): typeof import('./graphql').AddWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveWebhook($id: ID!) { removeWebhook(id: $id) }\n"): typeof import('./graphql').RemoveWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Paths($from: ID!, $to: ID!, $asOf: Date, $maxHops: Int, $via: [LinkKind!]) {\n    paths(from: $from, to: $to, asOf: $asOf, maxHops: $maxHops, via: $via, maxPaths: 20) {\n      truncated\n      paths { nodes { ...EntityRef } links { ...FactFields } }\n    }\n  }\n"): typeof import('./graphql').PathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonalReport($id: ID!) {\n    report(id: $id) {\n      id registry ref reportDate submittedDate\n      person { ...EntityRef }\n      source { ...SourceRef }\n      items { kind relation shown person { ...EntityRef } company { ...EntityRef } source { ...SourceRef } }\n      covered { relation listed person { ...EntityRef } }\n      interests {\n        relation declared\n        person { ...EntityRef }\n        company { ...EntityRef }\n        fact { kind detail share validFrom validTo sources { ...SourceRef } }\n      }\n      findings { id rule variants severity triageStatus active company { id name } }\n    }\n  }\n"): typeof import('./graphql').PersonalReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Reports {\n    reports { id name description owner schedule timeZone nextRunAt lastRun { startedAt trigger failed } }\n  }\n"): typeof import('./graphql').ReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedReport($name: String!, $lang: String) {\n    savedReport(name: $name) {\n      id name description query variables owner schedule timeZone nextRunAt\n      parameters { name type defaultValue required }\n      downloads { csv xlsx }\n      lastRun { id trigger runBy startedAt failed errors tables(lang: $lang) { name columns { path label numeric } rows } }\n    }\n  }\n"): typeof import('./graphql').SavedReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunReport($name: String!, $variables: String, $lang: String) {\n    runReport(name: $name, variables: $variables) {\n      id trigger runBy startedAt failed errors tables(lang: $lang) { name columns { path label numeric } rows }\n    }\n  }\n"): typeof import('./graphql').RunReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Review($first: Int) {\n    resolutionCandidates(first: $first) {\n      id reason createdAt differences\n      a { ...ReviewRecord }\n      b { ...ReviewRecord }\n    }\n  }\n  fragment ReviewRecord on ResolutionRecord {\n    id kind entity resolvedBy registry file line ref links\n    name identifier identifierStatus birthDate birthMonth gender phone address listed regionCode industry status founded sectors extra\n  }\n"): typeof import('./graphql').ReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewViewer { viewer { role } }\n"): typeof import('./graphql').ReviewViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideMatch($recordA: ID!, $recordB: ID!, $same: Boolean!, $note: String) {\n    decideMatch(recordA: $recordA, recordB: $recordB, same: $same, note: $note) { entities openCandidates }\n  }\n"): typeof import('./graphql').DecideMatchDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
