/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The operator of a yes-or-no field. */
export type BooleanFilter = {
  /** Equal to. */
  eq?: boolean | null | undefined;
};

/** What happened to a case. */
export type CaseEventKind =
  /** Someone was assigned; the text is who. */
  | 'ASSIGNED'
  /** The description changed; the text is the new one (null: cleared). */
  | 'DESCRIBED'
  /** A person, company or agency was added. */
  | 'ENTITY_ADDED'
  /** A person, company or agency was removed. */
  | 'ENTITY_REMOVED'
  /** A finding was added. */
  | 'FINDING_ADDED'
  /** A finding was removed. */
  | 'FINDING_REMOVED'
  /** A note; the text is the note. */
  | 'NOTE'
  /** The case was opened; the text is its title. */
  | 'OPENED'
  /** The title changed; the text is 'old → new'. */
  | 'RETITLED'
  /** The status changed; the text is 'old → new' in wire words. */
  | 'STATUS'
  /** The case's findings were triaged at once; the text is 'status changed/chosen' and the note. */
  | 'TRIAGED'
  /** Someone was unassigned; the text is who. */
  | 'UNASSIGNED';

/** Which cases: every part given must hold. */
export type CaseFilter = {
  /** Assigned to this user (exactly). */
  assignee?: string | null | undefined;
  /** Holding this person, company or agency (p_…, c_…, a_…). */
  entity?: string | number | null | undefined;
  /** Holding this finding (f_…). */
  finding?: string | number | null | undefined;
  /** One of these statuses. */
  status?: Array<CaseStatus> | null | undefined;
  /** The title contains this text. */
  title?: string | null | undefined;
};

/** Where an investigation stands (docs/cases.md). */
export type CaseStatus =
  /** Finished. */
  | 'CLOSED'
  /** Being investigated. */
  | 'IN_PROGRESS'
  /** Opened, not yet worked. */
  | 'OPEN'
  /** Handed over (to discipline inspection, to prosecutors) and awaiting their answer. */
  | 'REFERRED';

/** Which companies: every field's operators are and-ed; and/or/not combine filters; findings reaches the findings about the company. */
export type CompanyFilter = {
  /** Matches every one of these filters. */
  and?: Array<CompanyFilter> | null | undefined;
  /** The total of the decisions it benefits from. */
  awardedAmount?: DecimalFilter | null | undefined;
  /** The unified social credit code. */
  creditCode?: StringFilter | null | undefined;
  /** How many findings about it the caller may read. */
  findingCount?: IntFilter | null | undefined;
  /** Has a finding about it that matches. */
  findings?: FindingFilter | null | undefined;
  /** The day it was founded. */
  founded?: DateFilter | null | undefined;
  /** The company's id (c_…). */
  id?: IdFilter | null | undefined;
  /** The industry. */
  industry?: StringFilter | null | undefined;
  /** Whether it is listed. */
  listed?: BooleanFilter | null | undefined;
  /** The registered name. */
  name?: StringFilter | null | undefined;
  /** Does not match this filter. */
  not?: CompanyFilter | null | undefined;
  /** Matches at least one of these filters. */
  or?: Array<CompanyFilter> | null | undefined;
  /** The region code of its registration. */
  regionCode?: StringFilter | null | undefined;
  /** The registration status. */
  status?: StringFilter | null | undefined;
};

/** Operators of a calendar day field, and-ed. */
export type DateFilter = {
  /** Equal to. */
  eq?: string | null | undefined;
  /** Greater (later) than. */
  gt?: string | null | undefined;
  /** Greater (later) than or equal to. */
  gte?: string | null | undefined;
  /** Equal to one of. */
  in?: Array<string> | null | undefined;
  /** Less (earlier) than. */
  lt?: string | null | undefined;
  /** Less (earlier) than or equal to. */
  lte?: string | null | undefined;
  /** Not equal to. */
  neq?: string | null | undefined;
};

/** Operators of a moment (UTC), and-ed. */
export type DateTimeFilter = {
  /** At exactly. */
  eq?: string | null | undefined;
  /** Later than. */
  gt?: string | null | undefined;
  /** At or later than. */
  gte?: string | null | undefined;
  /** Earlier than. */
  lt?: string | null | undefined;
  /** At or earlier than. */
  lte?: string | null | undefined;
};

/** Operators of an amount field, and-ed. */
export type DecimalFilter = {
  /** Equal to. */
  eq?: string | number | null | undefined;
  /** Greater (later) than. */
  gt?: string | number | null | undefined;
  /** Greater (later) than or equal to. */
  gte?: string | number | null | undefined;
  /** Equal to one of. */
  in?: Array<string | number> | null | undefined;
  /** Less (earlier) than. */
  lt?: string | number | null | undefined;
  /** Less (earlier) than or equal to. */
  lte?: string | number | null | undefined;
  /** Not equal to. */
  neq?: string | number | null | undefined;
};

/** Where a webhook delivery stands. */
export type DeliveryStatus =
  /** The endpoint answered 2xx. */
  | 'DELIVERED'
  /** Every attempt failed (or the webhook was removed); no more will be made. */
  | 'FAILED'
  /** Not yet sent, or to be retried at nextAttemptAt. */
  | 'PENDING';

/** The kind of an entity of the graph. */
export type EntityKind =
  /** A government agency. */
  | 'AGENCY'
  /** A company. */
  | 'COMPANY'
  /** A decision: a procurement award, a licence, an approval, a subsidy… */
  | 'DECISION'
  /** A person: an official, a relative, an associate, a shareholder. */
  | 'PERSON';

/** What happened to a finding. */
export type FindingEventKind =
  /** An investigator assigned it. */
  | 'ASSIGNED'
  /** An investigator commented on it. */
  | 'COMMENT'
  /** A sweep found it for the first time. */
  | 'DETECTED'
  /** Its entities merged, and with them this finding and another. */
  | 'MERGED'
  /** A sweep found it again after it was resolved. */
  | 'REAPPEARED'
  /** Evidence appeared beyond what was seen when it was dismissed, so it is open again. */
  | 'REOPENED'
  /** A sweep of its rule no longer found it. */
  | 'RESOLVED'
  /** An investigator changed its triage status. */
  | 'STATUS';

/** Every field's operators are and-ed; and/or/not combine filters; official and company reach the entities. */
export type FindingFilter = {
  /** Whether the latest sweep of its rule still finds it. */
  active?: BooleanFilter | null | undefined;
  /** The agency's id (a_…). */
  agencyId?: IdFilter | null | undefined;
  /** The largest amount behind it. */
  amount?: DecimalFilter | null | undefined;
  /** Matches every one of these filters. */
  and?: Array<FindingFilter> | null | undefined;
  /** Who it is assigned to. */
  assignee?: StringFilter | null | undefined;
  /** The company matches. */
  company?: CompanyFilter | null | undefined;
  /** The company's id (c_…). */
  companyId?: IdFilter | null | undefined;
  /** When a sweep first found it. */
  firstSeen?: DateTimeFilter | null | undefined;
  /** The finding's id (f_…). */
  id?: IdFilter | null | undefined;
  /** When a sweep last found it. */
  lastSeen?: DateTimeFilter | null | undefined;
  /** Does not match this filter. */
  not?: FindingFilter | null | undefined;
  /** The official matches. */
  official?: PersonFilter | null | undefined;
  /** The official's id (p_…). */
  officialId?: IdFilter | null | undefined;
  /** Matches at least one of these filters. */
  or?: Array<FindingFilter> | null | undefined;
  /** The relations, comma-separated: use contains. */
  relations?: StringFilter | null | undefined;
  /** The rule. */
  rule?: RuleCodeFilter | null | undefined;
  /** The severity. */
  severity?: SeverityFilter | null | undefined;
  /** The triage status. */
  triageStatus?: TriageStatusFilter | null | undefined;
  /** The variants, comma-separated: use contains. */
  variants?: StringFilter | null | undefined;
};

/** A person's gender as the registries state it (or as the identity number encodes it). */
export type Gender =
  /** Female. */
  | 'FEMALE'
  /** Male. */
  | 'MALE';

/** Operators of a gender, and-ed. */
export type GenderFilter = {
  /** Equal to. */
  eq?: Gender | null | undefined;
  /** Equal to one of. */
  in?: Array<Gender> | null | undefined;
  /** Not equal to. */
  neq?: Gender | null | undefined;
};

/** Operators of an id (f_12, p_3…), and-ed. */
export type IdFilter = {
  /** This id. */
  eq?: string | number | null | undefined;
  /** One of these ids. */
  in?: Array<string | number> | null | undefined;
};

/** Whether an identity number (GB 11643) or credit code (GB 32100) is complete and checks. */
export type IdentifierStatus =
  /** Wrong shape or wrong check character: kept, flagged, never used to match. */
  | 'INVALID'
  /** Some characters hidden with *: narrows a match, never decides one alone. */
  | 'MASKED'
  /** Complete and its check character is right: used for matching. */
  | 'VALID';

/** How an ingest of delivered files ended. */
export type IngestOutcome =
  /** Its facts are in the store. */
  | 'COMMITTED'
  /** The files could not be read; error says why. */
  | 'FAILED'
  /** Nothing was kept but its rejected rows (allOrNothing, and a row was rejected). */
  | 'ROLLED_BACK'
  /** The same files were ingested before: nothing to do. */
  | 'UNCHANGED';

/** Operators of a count field, and-ed. */
export type IntFilter = {
  /** Equal to. */
  eq?: number | null | undefined;
  /** Greater (later) than. */
  gt?: number | null | undefined;
  /** Greater (later) than or equal to. */
  gte?: number | null | undefined;
  /** Equal to one of. */
  in?: Array<number> | null | undefined;
  /** Less (earlier) than. */
  lt?: number | null | undefined;
  /** Less (earlier) than or equal to. */
  lte?: number | null | undefined;
  /** Not equal to. */
  neq?: number | null | undefined;
};

/** What a link between two entities states. */
export type LinkKind =
  /** Person → person: a specific related person, business partner, friend…. */
  | 'ASSOCIATE'
  /** Decision → company: the company benefits from it. */
  | 'BENEFICIARY'
  /** Company → decision: a tender, winners included. */
  | 'BID'
  /** Person → person: the second is the first's relative, with the relation. */
  | 'FAMILY'
  /** Agency → decision: issued it. */
  | 'ISSUED'
  /** Person or company → company: a shareholding, as a fraction. */
  | 'OWNERSHIP'
  /** Person → decision: the part the person took in it. */
  | 'PARTICIPATION'
  /** Person → agency: a post, with title, rank and powers. */
  | 'POSITION'
  /** Person → company: an office or a job, with salary and whether it is nominal. */
  | 'ROLE'
  /** Person or company → person or company: value flows from the first to the second. */
  | 'TRANSACTION';

/** What a notification tells its reader: about a watched entity, or a scheduled report's run. */
export type NotificationKind =
  /** An ingest or a match decision added or changed facts touching it. */
  | 'FACT'
  /** A sweep found a finding about it for the first time, or again after it was resolved. */
  | 'FINDING_NEW'
  /** New evidence reopened a dismissed finding about it. */
  | 'FINDING_REOPENED'
  /** A sweep no longer found a finding about it. */
  | 'FINDING_RESOLVED'
  /** A scheduled report ran; its result is in the payload (with changed: whether it differs from the last run). */
  | 'REPORT';

/** Which people: every field's operators are and-ed; and/or/not combine filters; findings reaches the person's findings. */
export type PersonFilter = {
  /** Matches every one of these filters. */
  and?: Array<PersonFilter> | null | undefined;
  /** The total of the decisions issued by their posts' agencies while they held the posts (0 for no official). */
  awardedAmount?: DecimalFilter | null | undefined;
  /** The day of birth. */
  birthDate?: DateFilter | null | undefined;
  /** How many findings the caller may read they are the official of. */
  findingCount?: IntFilter | null | undefined;
  /** Has a finding, as the official, that matches. */
  findings?: FindingFilter | null | undefined;
  /** The gender. */
  gender?: GenderFilter | null | undefined;
  /** The person's id (p_…). */
  id?: IdFilter | null | undefined;
  /** The identity number as stated. */
  idNumber?: StringFilter | null | undefined;
  /** The name. */
  name?: StringFilter | null | undefined;
  /** Does not match this filter. */
  not?: PersonFilter | null | undefined;
  /** Matches at least one of these filters. */
  or?: Array<PersonFilter> | null | undefined;
  /** How many distinct relatives the evidence of their findings passes through. */
  relativesInFindings?: IntFilter | null | undefined;
};

/** What an item of a personal-matters report declares. */
export type PersonalReportItemKind =
  /** An investment of the person in the company. */
  | 'HOLDING'
  /** A post the person holds at the company. */
  | 'POST'
  /** A family member the report lists, with the relation it gives. */
  | 'RELATIVE';

/** How a procurement was tendered (OCDS procurementMethod). */
export type ProcurementMethod =
  /** Direct award to one supplier, without competition. */
  | 'DIRECT'
  /** Limited: the buyer invited the suppliers. */
  | 'LIMITED'
  /** Open tender: any supplier may bid. */
  | 'OPEN'
  /** Selective tender: only suppliers who qualified may bid. */
  | 'SELECTIVE';

/** What started a report's run. */
export type ReportTrigger =
  /** Run through runReport or a download. */
  | 'MANUAL'
  /** Run by the report's schedule, as its owner. */
  | 'SCHEDULE';

/** What an API key may do (docs/security.md). */
export type Role =
  /** Ingest, sweeps, keys, the audit log — and everything else. */
  | 'ADMIN'
  /** Reports; identity numbers masked; no triage. */
  | 'ANALYST'
  /** Everything about people, and triage. */
  | 'INVESTIGATOR';

/** A rule of RULES.md: an item of the negative list (seed/negative-list.en.md), or REP, the report check. */
export type RuleCode =
  /** Item 3: borrowing, fees and use of assets from enterprises. */
  | 'NL3'
  /** Item 4: benefit from, and business with, enterprises under one's administration. */
  | 'NL4'
  /** Item 5: relatives' shareholdings and employment. */
  | 'NL5'
  /** Item 9: decisions that benefit a connected company. */
  | 'NL9'
  /** Not an item of the list: a personal-matters report leaves out a business of the official, the spouse, a child or a child's spouse (领导干部报告个人有关事项规定). */
  | 'REP';

/** Operators of a rule, and-ed. */
export type RuleCodeFilter = {
  /** Equal to. */
  eq?: RuleCode | null | undefined;
  /** Equal to one of. */
  in?: Array<RuleCode> | null | undefined;
  /** Not equal to. */
  neq?: RuleCode | null | undefined;
};

/** The field a search hit matched on; when several match in the same tier, the first of this list is given. */
export type SearchField =
  /** An address (normalised as names are); analysts search companies' addresses only. */
  | 'ADDRESS'
  /** A company's or an agency's unified social credit code. */
  | 'CREDIT_CODE'
  /** A person's identity number; analysts cannot search on it. */
  | 'IDENTITY_NUMBER'
  /** The name (normalised as ingest normalises names). */
  | 'NAME'
  /** A phone number, compared digit for digit (separators and a leading 86 ignored). */
  | 'PHONE';

/** How the field matched the text: every exact hit ranks before every prefix hit, and those before substrings. */
export type SearchMatch =
  /** The field, normalised, is the text. */
  | 'EXACT'
  /** The field starts with the text (identifiers from 4 characters, phones from 3 digits). */
  | 'PREFIX'
  /** The field contains the text further in (names and addresses from 2 characters, phones from 4 digits; never identifiers). */
  | 'SUBSTRING';

/** How serious a finding is, by the table of docs/severity.md. */
export type Severity =
  /** High. */
  | 'HIGH'
  /** Low. */
  | 'LOW'
  /** Medium. */
  | 'MEDIUM';

/** Operators of a severity, and-ed. */
export type SeverityFilter = {
  /** Equal to. */
  eq?: Severity | null | undefined;
  /** Equal to one of. */
  in?: Array<Severity> | null | undefined;
  /** Not equal to. */
  neq?: Severity | null | undefined;
};

/** Operators of a text field, and-ed; the comparison is ordinal (as stored). */
export type StringFilter = {
  /** Contains the text. */
  contains?: string | null | undefined;
  /** Equal to. */
  eq?: string | null | undefined;
  /** Equal to one of. */
  in?: Array<string> | null | undefined;
  /** Not equal to. */
  neq?: string | null | undefined;
  /** Starts with the text. */
  startsWith?: string | null | undefined;
};

/** Where an investigator's work on a finding stands (findings.md triage_status). */
export type TriageStatus =
  /** Confirmed by an investigator. */
  | 'CONFIRMED'
  /** Dismissed by an investigator; new evidence reopens it. */
  | 'DISMISSED'
  /** Being looked into. */
  | 'IN_PROGRESS'
  /** Not looked at yet; a dismissed finding whose evidence grew is open again. */
  | 'OPEN';

/** Operators of a triage status, and-ed. */
export type TriageStatusFilter = {
  /** Equal to. */
  eq?: TriageStatus | null | undefined;
  /** Equal to one of. */
  in?: Array<TriageStatus> | null | undefined;
  /** Not equal to. */
  neq?: TriageStatus | null | undefined;
};

export type OpenCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenCasesQuery = { cases: { nodes: Array<{ id: string, title: string }> } };

export type AddToCaseMutationVariables = Exact<{
  case: string | number;
  findings?: Array<string | number> | string | number | null | undefined;
  entities?: Array<string | number> | string | number | null | undefined;
}>;


export type AddToCaseMutation = { addToCase: { id: string, title: string } };

export type OpenCaseMutationVariables = Exact<{
  title: string;
  findings?: Array<string | number> | string | number | null | undefined;
  entities?: Array<string | number> | string | number | null | undefined;
}>;


export type OpenCaseMutation = { openCase: { id: string, title: string } };

type EntityRef_Agency_Fragment = { __typename: 'Agency', id: string, name: string };

type EntityRef_Company_Fragment = { __typename: 'Company', id: string, name: string, redacted: boolean };

type EntityRef_Decision_Fragment = { __typename: 'Decision', id: string, title: string | null, kind: string };

type EntityRef_Person_Fragment = { __typename: 'Person', id: string, name: string, redacted: boolean };

export type EntityRefFragment =
  | EntityRef_Agency_Fragment
  | EntityRef_Company_Fragment
  | EntityRef_Decision_Fragment
  | EntityRef_Person_Fragment
;

export type SearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<
    | { __typename: 'Agency', id: string, name: string }
    | { __typename: 'Company', id: string, name: string, redacted: boolean }
    | { __typename: 'Decision', id: string, title: string | null, kind: string }
    | { __typename: 'Person', id: string, name: string, redacted: boolean }
  > };

export type SearchHitsQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type SearchHitsQuery = { searchHits: Array<{ field: SearchField, match: SearchMatch, text: string, official: boolean, withFindings: boolean, entity:
      | { __typename: 'Agency', id: string, name: string }
      | { __typename: 'Company', id: string, name: string, redacted: boolean }
      | { __typename: 'Decision', id: string, title: string | null, kind: string }
      | { __typename: 'Person', id: string, name: string, redacted: boolean }
     }> };

export type SourceRefFragment = { bundle: string, file: string, line: number };

export type FactFieldsFragment = { kind: LinkKind, detail: string | null, validFrom: string | null, validTo: string | null, share: number | null, amount: string | number | null, title: string | null, from:
    | { __typename: 'Agency', id: string, name: string }
    | { __typename: 'Company', id: string, name: string, redacted: boolean }
    | { __typename: 'Decision', id: string, title: string | null, kind: string }
    | { __typename: 'Person', id: string, name: string, redacted: boolean }
  , to:
    | { __typename: 'Agency', id: string, name: string }
    | { __typename: 'Company', id: string, name: string, redacted: boolean }
    | { __typename: 'Decision', id: string, title: string | null, kind: string }
    | { __typename: 'Person', id: string, name: string, redacted: boolean }
  , sources: Array<{ bundle: string, file: string, line: number }> };

export type EvidenceLinkFieldsFragment = { kind: LinkKind, from: string, to: string, detail: string | null, validFrom: string | null, validTo: string | null, share: number | null, amount: string | number | null, sources: Array<{ bundle: string, file: string, line: number }> };

export type FindingDetailFragment = { id: string, rule: RuleCode, variants: Array<string>, severity: Severity, reasons: Array<string>, relations: Array<string>, amount: string | number | null, active: boolean, triageStatus: TriageStatus, assignee: string | null, firstSeen: string, lastSeen: string, agencyId: string | null, official: { id: string, name: string, idNumber: string | null, birthDate: string | null, positions: Array<{ kind: LinkKind, detail: string | null, validFrom: string | null, validTo: string | null, share: number | null, amount: string | number | null, title: string | null, from:
        | { __typename: 'Agency', id: string, name: string }
        | { __typename: 'Company', id: string, name: string, redacted: boolean }
        | { __typename: 'Decision', id: string, title: string | null, kind: string }
        | { __typename: 'Person', id: string, name: string, redacted: boolean }
      , to:
        | { __typename: 'Agency', id: string, name: string }
        | { __typename: 'Company', id: string, name: string, redacted: boolean }
        | { __typename: 'Decision', id: string, title: string | null, kind: string }
        | { __typename: 'Person', id: string, name: string, redacted: boolean }
      , sources: Array<{ bundle: string, file: string, line: number }> }> } | null, company: { id: string, name: string, creditCode: string | null, status: string | null } | null, clause: { item: number, zh: string, en: string, regulation: string | null }, evidence: Array<{ shows: string, on: string | null, nodes: Array<{ id: string, kind: EntityKind, name: string | null }>, links: Array<{ kind: LinkKind, from: string, to: string, detail: string | null, validFrom: string | null, validTo: string | null, share: number | null, amount: string | number | null, sources: Array<{ bundle: string, file: string, line: number }> }>, report: { id: string, reportDate: string } | null }>, decisions: Array<{ id: string, title: string | null, kind: string, amount: string | number | null, decidedDate: string, method: ProcurementMethod | null }>, transactions: Array<{ kind: LinkKind, from: string, to: string, detail: string | null, validFrom: string | null, validTo: string | null, share: number | null, amount: string | number | null, sources: Array<{ bundle: string, file: string, line: number }> }>, reports: Array<{ id: string, registry: string, ref: string, reportDate: string, source: { bundle: string, file: string, line: number } }>, history: Array<{ at: string, kind: FindingEventKind, actor: string, fromStatus: TriageStatus | null, toStatus: TriageStatus | null, text: string | null, sweep: string | null }> };

export type FindingQueryVariables = Exact<{
  id: string | number;
}>;


export type FindingQuery = { finding: { id: string, rule: RuleCode, variants: Array<string>, severity: Severity, reasons: Array<string>, relations: Array<string>, amount: string | number | null, active: boolean, triageStatus: TriageStatus, assignee: string | null, firstSeen: string, lastSeen: string, agencyId: string | null, official: { id: string, name: string, idNumber: string | null, birthDate: string | null, positions: Array<{ kind: LinkKind, detail: string | null, validFrom: string | null, validTo: string | null, share: number | null, amount: string | number | null, title: string | null, from:
          | { __typename: 'Agency', id: string, name: string }
          | { __typename: 'Company', id: string, name: string, redacted: boolean }
          | { __typename: 'Decision', id: string, title: string | null, kind: string }
          | { __typename: 'Person', id: string, name: string, redacted: boolean }
        , to:
          | { __typename: 'Agency', id: string, name: string }
          | { __typename: 'Company', id: string, name: string, redacted: boolean }
          | { __typename: 'Decision', id: string, title: string | null, kind: string }
          | { __typename: 'Person', id: string, name: string, redacted: boolean }
        , sources: Array<{ bundle: string, file: string, line: number }> }> } | null, company: { id: string, name: string, creditCode: string | null, status: string | null } | null, clause: { item: number, zh: string, en: string, regulation: string | null }, evidence: Array<{ shows: string, on: string | null, nodes: Array<{ id: string, kind: EntityKind, name: string | null }>, links: Array<{ kind: LinkKind, from: string, to: string, detail: string | null, validFrom: string | null, validTo: string | null, share: number | null, amount: string | number | null, sources: Array<{ bundle: string, file: string, line: number }> }>, report: { id: string, reportDate: string } | null }>, decisions: Array<{ id: string, title: string | null, kind: string, amount: string | number | null, decidedDate: string, method: ProcurementMethod | null }>, transactions: Array<{ kind: LinkKind, from: string, to: string, detail: string | null, validFrom: string | null, validTo: string | null, share: number | null, amount: string | number | null, sources: Array<{ bundle: string, file: string, line: number }> }>, reports: Array<{ id: string, registry: string, ref: string, reportDate: string, source: { bundle: string, file: string, line: number } }>, history: Array<{ at: string, kind: FindingEventKind, actor: string, fromStatus: TriageStatus | null, toStatus: TriageStatus | null, text: string | null, sweep: string | null }> } | null };

export type FindingLineFragment = { id: string, rule: RuleCode, severity: Severity, triageStatus: TriageStatus, active: boolean, relations: Array<string>, official: { id: string, name: string } | null, company: { id: string, name: string } | null };

export type NetworkQueryVariables = Exact<{
  id: string | number;
  hops?: number | null | undefined;
  via?: Array<LinkKind> | LinkKind | null | undefined;
  asOf?: string | null | undefined;
  cap?: number | null | undefined;
}>;


export type NetworkQuery = { network: { nodes: Array<
      | { __typename: 'Agency', id: string, name: string }
      | { __typename: 'Company', id: string, name: string, redacted: boolean }
      | { __typename: 'Decision', id: string, title: string | null, kind: string }
      | { __typename: 'Person', id: string, name: string, redacted: boolean }
    >, links: Array<{ kind: LinkKind, detail: string | null, validFrom: string | null, validTo: string | null, share: number | null, amount: string | number | null, title: string | null, from:
        | { __typename: 'Agency', id: string, name: string }
        | { __typename: 'Company', id: string, name: string, redacted: boolean }
        | { __typename: 'Decision', id: string, title: string | null, kind: string }
        | { __typename: 'Person', id: string, name: string, redacted: boolean }
      , to:
        | { __typename: 'Agency', id: string, name: string }
        | { __typename: 'Company', id: string, name: string, redacted: boolean }
        | { __typename: 'Decision', id: string, title: string | null, kind: string }
        | { __typename: 'Person', id: string, name: string, redacted: boolean }
      , sources: Array<{ bundle: string, file: string, line: number }> }>, more: Array<{ kind: LinkKind, count: number, node:
        | { __typename: 'Agency', id: string, name: string }
        | { __typename: 'Company', id: string, name: string, redacted: boolean }
        | { __typename: 'Decision', id: string, title: string | null, kind: string }
        | { __typename: 'Person', id: string, name: string, redacted: boolean }
       }> } };

export type PersonalReportLineFragment = { id: string, registry: string, ref: string, reportDate: string, submittedDate: string | null, items: Array<{ shown: boolean }>, covered: Array<{ listed: boolean }>, interests: Array<{ declared: boolean }>, findings: Array<{ id: string }> };

export type FindingHeldQueryVariables = Exact<{
  id: string | number;
}>;


export type FindingHeldQuery = { finding: { id: string, heldDuring: Array<{ from: string | null, to: string | null }> } | null };

export type WatchesQueryVariables = Exact<{ [key: string]: never; }>;


export type WatchesQuery = { watches: Array<{ entity: string, kind: EntityKind, name: string | null, createdAt: string }> };

export type WatchMutationVariables = Exact<{
  entity: string | number;
}>;


export type WatchMutation = { watch: { entity: string } };

export type UnwatchMutationVariables = Exact<{
  entity: string | number;
}>;


export type UnwatchMutation = { unwatch: boolean };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { role: Role } };

export type CasePageQueryVariables = Exact<{
  id: string | number;
}>;


export type CasePageQuery = { case: { id: string, title: string, description: string | null, status: CaseStatus, createdBy: string, createdAt: string, updatedAt: string, assignees: Array<string>, findingCount: number, entityCount: number, triageCounts: Array<{ status: TriageStatus, count: number }>, findings: Array<{ id: string, rule: RuleCode, severity: Severity, triageStatus: TriageStatus, active: boolean, relations: Array<string>, official: { id: string, name: string } | null, company: { id: string, name: string } | null }>, entities: Array<
      | { __typename: 'Agency', id: string, name: string }
      | { __typename: 'Company', id: string, name: string, redacted: boolean }
      | { __typename: 'Decision', id: string, title: string | null, kind: string }
      | { __typename: 'Person', id: string, name: string, redacted: boolean }
    >, history: Array<{ at: string, kind: CaseEventKind, actor: string, text: string | null, finding: string | null, entity: string | null }> } | null };

export type UpdateCaseMutationVariables = Exact<{
  case: string | number;
  title?: string | null | undefined;
  description?: string | null | undefined;
  status?: CaseStatus | null | undefined;
}>;


export type UpdateCaseMutation = { updateCase: { id: string } };

export type AssignCaseMutationVariables = Exact<{
  case: string | number;
  add?: Array<string> | string | null | undefined;
  remove?: Array<string> | string | null | undefined;
}>;


export type AssignCaseMutation = { assignCase: { id: string } };

export type CaseNoteMutationVariables = Exact<{
  case: string | number;
  text: string;
}>;


export type CaseNoteMutation = { addCaseNote: { id: string } };

export type TriageCaseMutationVariables = Exact<{
  case: string | number;
  status: TriageStatus;
  findings?: Array<string | number> | string | number | null | undefined;
  note?: string | null | undefined;
}>;


export type TriageCaseMutation = { triageCase: { id: string, history: Array<{ kind: CaseEventKind, text: string | null }> } };

export type RemoveFromCaseMutationVariables = Exact<{
  case: string | number;
  findings?: Array<string | number> | string | number | null | undefined;
  entities?: Array<string | number> | string | number | null | undefined;
}>;


export type RemoveFromCaseMutation = { removeFromCase: { id: string } };

export type CasesQueryVariables = Exact<{
  where?: CaseFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type CasesQuery = { cases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, status: CaseStatus, assignees: Array<string>, findingCount: number, entityCount: number, updatedAt: string, triageCounts: Array<{ status: TriageStatus, count: number }> }> } };

export type NewCaseMutationVariables = Exact<{
  title: string;
  description?: string | null | undefined;
}>;


export type NewCaseMutation = { openCase: { id: string } };

export type EntityQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityQuery = { entity:
    | { __typename: 'Agency', id: string, name: string, regionCode: string | null, sectors: Array<string>, staff: Array<{ kind: LinkKind, detail: string | null, validFrom: string | null, validTo: string | null, share: number | null, amount: string | number | null, title: string | null, from:
          | { __typename: 'Agency', id: string, name: string }
          | { __typename: 'Company', id: string, name: string, redacted: boolean }
          | { __typename: 'Decision', id: string, title: string | null, kind: string }
          | { __typename: 'Person', id: string, name: string, redacted: boolean }
        , to:
          | { __typename: 'Agency', id: string, name: string }
          | { __typename: 'Company', id: string, name: string, redacted: boolean }
          | { __typename: 'Decision', id: string, title: string | null, kind: string }
          | { __typename: 'Person', id: string, name: string, redacted: boolean }
        , sources: Array<{ bundle: string, file: string, line: number }> }>, decisions: Array<{ kind: LinkKind, detail: string | null, validFrom: string | null, validTo: string | null, share: number | null, amount: string | number | null, title: string | null, from:
          | { __typename: 'Agency', id: string, name: string }
          | { __typename: 'Company', id: string, name: string, redacted: boolean }
          | { __typename: 'Decision', id: string, title: string | null, kind: string }
          | { __typename: 'Person', id: string, name: string, redacted: boolean }
        , to:
          | { __typename: 'Agency', id: string, name: string }
          | { __typename: 'Company', id: string, name: string, redacted: boolean }
          | { __typename: 'Decision', id: string, title: string | null, kind: string }
          | { __typename: 'Person', id: string, name: string, redacted: boolean }
        , sources: Array<{ bundle: string, file: string, line: number }> }> }
    | { __typename: 'Company', id: string, name: string, creditCode: string | null, creditCodeStatus: IdentifierStatus | null, listed: boolean, regionCode: string | null, industry: string | null, status: string | null, shareholders: Array<{ kind: LinkKind, detail: string | null, validFrom: string | null, validTo: string | null, share: number | null, amount: string | number | null, title: string | null, from:
          | { __typename: 'Agency', id: string, name: string }
          | { __typename: 'Company', id: string, name: string, redacted: boolean }
          | { __typename: 'Decision', id: string, title: string | null, kind: string }
          | { __typename: 'Person', id: string, name: string, redacted: boolean }
        , to:
          | { __typename: 'Agency', id: string, name: string }
          | { __typename: 'Company', id: string, name: string, redacted: boolean }
          | { __typename: 'Decision', id: string, title: string | null, kind: string }
          | { __typename: 'Person', id: string, name: string, redacted: boolean }
        , sources: Array<{ bundle: string, file: string, line: number }> }>, holdings: Array<{ kind: LinkKind, detail: string | null, validFrom: string | null, validTo: string | null, share: number | null, amount: string | number | null, title: string | null, from:
          | { __typename: 'Agency', id: string, name: string }
          | { __typename: 'Company', id: string, name: string, redacted: boolean }
          | { __typename: 'Decision', id: string, title: string | null, kind: string }
          | { __typename: 'Person', id: string, name: string, redacted: boolean }
        , to:
          | { __typename: 'Agency', id: string, name: string }
          | { __typename: 'Company', id: string, name: string, redacted: boolean }
          | { __typename: 'Decision', id: string, title: string | null, kind: string }
          | { __typename: 'Person', id: string, name: string, redacted: boolean }
        , sources: Array<{ bundle: string, file: string, line: number }> }>, officers: Array<{ kind: LinkKind, detail: string | null, validFrom: string | null, validTo: string | null, share: number | null, amount: string | number | null, title: string | null, from:
          | { __typename: 'Agency', id: string, name: string }
          | { __typename: 'Company', id: string, name: string, redacted: boolean }
          | { __typename: 'Decision', id: string, title: string | null, kind: string }
          | { __typename: 'Person', id: string, name: string, redacted: boolean }
        , to:
          | { __typename: 'Agency', id: string, name: string }
          | { __typename: 'Company', id: string, name: string, redacted: boolean }
          | { __typename: 'Decision', id: string, title: string | null, kind: string }
          | { __typename: 'Person', id: string, name: string, redacted: boolean }
        , sources: Array<{ bundle: string, file: string, line: number }> }>, ultimateOwners: Array<{ share: number, person: { id: string, name: string, redacted: boolean }, chains: Array<Array<{ to:
            | { __typename: 'Agency', id: string, name: string }
            | { __typename: 'Company', id: string, name: string, redacted: boolean }
            | { __typename: 'Decision', id: string, title: string | null, kind: string }
            | { __typename: 'Person', id: string, name: string, redacted: boolean }
           }>> }>, decisions: Array<{ kind: LinkKind, detail: string | null, validFrom: string | null, validTo: string | null, share: number | null, amount: string | number | null, title: string | null, from:
          | { __typename: 'Agency', id: string, name: string }
          | { __typename: 'Company', id: string, name: string, redacted: boolean }
          | { __typename: 'Decision', id: string, title: string | null, kind: string }
          | { __typename: 'Person', id: string, name: string, redacted: boolean }
        , to:
          | { __typename: 'Agency', id: string, name: string }
          | { __typename: 'Company', id: string, name: string, redacted: boolean }
          | { __typename: 'Decision', id: string, title: string | null, kind: string }
          | { __typename: 'Person', id: string, name: string, redacted: boolean }
        , sources: Array<{ bundle: string, file: string, line: number }> }>, findings: Array<{ id: string, rule: RuleCode, severity: Severity, triageStatus: TriageStatus, active: boolean, relations: Array<string>, official: { id: string, name: string } | null, company: { id: string, name: string } | null }> }
    | { __typename: 'Decision', id: string, kind: string, title: string | null, amount: string | number | null, currency: string | null, appliedDate: string | null, decidedDate: string, method: ProcurementMethod | null, bidders: number | null, issuedBy: Array<{ kind: LinkKind, detail: string | null, validFrom: string | null, validTo: string | null, share: number | null, amount: string | number | null, title: string | null, from:
          | { __typename: 'Agency', id: string, name: string }
          | { __typename: 'Company', id: string, name: string, redacted: boolean }
          | { __typename: 'Decision', id: string, title: string | null, kind: string }
          | { __typename: 'Person', id: string, name: string, redacted: boolean }
        , to:
          | { __typename: 'Agency', id: string, name: string }
          | { __typename: 'Company', id: string, name: string, redacted: boolean }
          | { __typename: 'Decision', id: string, title: string | null, kind: string }
          | { __typename: 'Person', id: string, name: string, redacted: boolean }
        , sources: Array<{ bundle: string, file: string, line: number }> }>, beneficiaries: Array<{ kind: LinkKind, detail: string | null, validFrom: string | null, validTo: string | null, share: number | null, amount: string | number | null, title: string | null, from:
          | { __typename: 'Agency', id: string, name: string }
          | { __typename: 'Company', id: string, name: string, redacted: boolean }
          | { __typename: 'Decision', id: string, title: string | null, kind: string }
          | { __typename: 'Person', id: string, name: string, redacted: boolean }
        , to:
          | { __typename: 'Agency', id: string, name: string }
          | { __typename: 'Company', id: string, name: string, redacted: boolean }
          | { __typename: 'Decision', id: string, title: string | null, kind: string }
          | { __typename: 'Person', id: string, name: string, redacted: boolean }
        , sources: Array<{ bundle: string, file: string, line: number }> }>, participants: Array<{ kind: LinkKind, detail: string | null, validFrom: string | null, validTo: string | null, share: number | null, amount: string | number | null, title: string | null, from:
          | { __typename: 'Agency', id: string, name: string }
          | { __typename: 'Company', id: string, name: string, redacted: boolean }
          | { __typename: 'Decision', id: string, title: string | null, kind: string }
          | { __typename: 'Person', id: string, name: string, redacted: boolean }
        , to:
          | { __typename: 'Agency', id: string, name: string }
          | { __typename: 'Company', id: string, name: string, redacted: boolean }
          | { __typename: 'Decision', id: string, title: string | null, kind: string }
          | { __typename: 'Person', id: string, name: string, redacted: boolean }
        , sources: Array<{ bundle: string, file: string, line: number }> }>, tenders: Array<{ kind: LinkKind, detail: string | null, validFrom: string | null, validTo: string | null, share: number | null, amount: string | number | null, title: string | null, from:
          | { __typename: 'Agency', id: string, name: string }
          | { __typename: 'Company', id: string, name: string, redacted: boolean }
          | { __typename: 'Decision', id: string, title: string | null, kind: string }
          | { __typename: 'Person', id: string, name: string, redacted: boolean }
        , to:
          | { __typename: 'Agency', id: string, name: string }
          | { __typename: 'Company', id: string, name: string, redacted: boolean }
          | { __typename: 'Decision', id: string, title: string | null, kind: string }
          | { __typename: 'Person', id: string, name: string, redacted: boolean }
        , sources: Array<{ bundle: string, file: string, line: number }> }> }
    | { __typename: 'Person', id: string, name: string, idNumber: string | null, idNumberStatus: IdentifierStatus | null, birthDate: string | null, gender: Gender | null, positions: Array<{ kind: LinkKind, detail: string | null, validFrom: string | null, validTo: string | null, share: number | null, amount: string | number | null, title: string | null, from:
          | { __typename: 'Agency', id: string, name: string }
          | { __typename: 'Company', id: string, name: string, redacted: boolean }
          | { __typename: 'Decision', id: string, title: string | null, kind: string }
          | { __typename: 'Person', id: string, name: string, redacted: boolean }
        , to:
          | { __typename: 'Agency', id: string, name: string }
          | { __typename: 'Company', id: string, name: string, redacted: boolean }
          | { __typename: 'Decision', id: string, title: string | null, kind: string }
          | { __typename: 'Person', id: string, name: string, redacted: boolean }
        , sources: Array<{ bundle: string, file: string, line: number }> }>, relatives: Array<{ relation: string, validFrom: string | null, validTo: string | null, person: { id: string, name: string, redacted: boolean }, links: Array<{ sources: Array<{ bundle: string, file: string, line: number }> }> }>, holdings: Array<{ kind: LinkKind, detail: string | null, validFrom: string | null, validTo: string | null, share: number | null, amount: string | number | null, title: string | null, from:
          | { __typename: 'Agency', id: string, name: string }
          | { __typename: 'Company', id: string, name: string, redacted: boolean }
          | { __typename: 'Decision', id: string, title: string | null, kind: string }
          | { __typename: 'Person', id: string, name: string, redacted: boolean }
        , to:
          | { __typename: 'Agency', id: string, name: string }
          | { __typename: 'Company', id: string, name: string, redacted: boolean }
          | { __typename: 'Decision', id: string, title: string | null, kind: string }
          | { __typename: 'Person', id: string, name: string, redacted: boolean }
        , sources: Array<{ bundle: string, file: string, line: number }> }>, roles: Array<{ kind: LinkKind, detail: string | null, validFrom: string | null, validTo: string | null, share: number | null, amount: string | number | null, title: string | null, from:
          | { __typename: 'Agency', id: string, name: string }
          | { __typename: 'Company', id: string, name: string, redacted: boolean }
          | { __typename: 'Decision', id: string, title: string | null, kind: string }
          | { __typename: 'Person', id: string, name: string, redacted: boolean }
        , to:
          | { __typename: 'Agency', id: string, name: string }
          | { __typename: 'Company', id: string, name: string, redacted: boolean }
          | { __typename: 'Decision', id: string, title: string | null, kind: string }
          | { __typename: 'Person', id: string, name: string, redacted: boolean }
        , sources: Array<{ bundle: string, file: string, line: number }> }>, decisions: Array<{ kind: LinkKind, detail: string | null, validFrom: string | null, validTo: string | null, share: number | null, amount: string | number | null, title: string | null, from:
          | { __typename: 'Agency', id: string, name: string }
          | { __typename: 'Company', id: string, name: string, redacted: boolean }
          | { __typename: 'Decision', id: string, title: string | null, kind: string }
          | { __typename: 'Person', id: string, name: string, redacted: boolean }
        , to:
          | { __typename: 'Agency', id: string, name: string }
          | { __typename: 'Company', id: string, name: string, redacted: boolean }
          | { __typename: 'Decision', id: string, title: string | null, kind: string }
          | { __typename: 'Person', id: string, name: string, redacted: boolean }
        , sources: Array<{ bundle: string, file: string, line: number }> }>, transactions: Array<{ kind: LinkKind, detail: string | null, validFrom: string | null, validTo: string | null, share: number | null, amount: string | number | null, title: string | null, from:
          | { __typename: 'Agency', id: string, name: string }
          | { __typename: 'Company', id: string, name: string, redacted: boolean }
          | { __typename: 'Decision', id: string, title: string | null, kind: string }
          | { __typename: 'Person', id: string, name: string, redacted: boolean }
        , to:
          | { __typename: 'Agency', id: string, name: string }
          | { __typename: 'Company', id: string, name: string, redacted: boolean }
          | { __typename: 'Decision', id: string, title: string | null, kind: string }
          | { __typename: 'Person', id: string, name: string, redacted: boolean }
        , sources: Array<{ bundle: string, file: string, line: number }> }>, findings: Array<{ id: string, rule: RuleCode, severity: Severity, triageStatus: TriageStatus, active: boolean, relations: Array<string>, official: { id: string, name: string } | null, company: { id: string, name: string } | null }>, reports: Array<{ id: string, registry: string, ref: string, reportDate: string, submittedDate: string | null, items: Array<{ shown: boolean }>, covered: Array<{ listed: boolean }>, interests: Array<{ declared: boolean }>, findings: Array<{ id: string }> }> }
   | null };

export type TriageMutationVariables = Exact<{
  id: string | number;
  status: TriageStatus;
  note?: string | null | undefined;
}>;


export type TriageMutation = { triageFinding: { id: string } };

export type AssignMutationVariables = Exact<{
  id: string | number;
  assignee?: string | null | undefined;
}>;


export type AssignMutation = { assignFinding: { id: string } };

export type CommentMutationVariables = Exact<{
  id: string | number;
  text: string;
}>;


export type CommentMutation = { commentFinding: { id: string } };

export type InboxQueryVariables = Exact<{
  where?: FindingFilter | null | undefined;
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type InboxQuery = { findings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, rule: RuleCode, severity: Severity, triageStatus: TriageStatus, active: boolean, relations: Array<string>, official: { id: string, name: string } | null, company: { id: string, name: string } | null }> }, agencies: Array<{ agency: string | null, agencyName: string | null, count: number }>, byRule: Array<{ rule: RuleCode | null, severity: Severity | null, count: number }> };

export type BulkTriageFindingMutationVariables = Exact<{
  id: string | number;
  status: TriageStatus;
  note?: string | null | undefined;
}>;


export type BulkTriageFindingMutation = { triageFinding: { id: string, triageStatus: TriageStatus } };

export type MappingExamplesQueryVariables = Exact<{ [key: string]: never; }>;


export type MappingExamplesQuery = { mappingExamples: Array<{ name: string, description: string, files: Array<string> }> };

export type CheckQueryVariables = Exact<{
  upload?: string | number | null | undefined;
  example?: string | null | undefined;
}>;


export type CheckQuery = { mappingCheck: { ok: boolean, registry: string, bundleId: string, rejected: number, rowsRead: number, rowsFiltered: number, records: number, facts: number, mappingProblems: Array<{ file: string, line: number, reason: string }>, headers: Array<{ location: string, row: number, cells: Array<string> }>, samples: Array<{ location: string, row: number, records: Array<{ name: string, kind: string, values: Array<{ column: string, value: string }> }> }>, problems: Array<{ file: string, line: number, reason: string, rejected: boolean }> } };

export type IngestMutationVariables = Exact<{
  upload?: string | number | null | undefined;
  example?: string | null | undefined;
  allOrNothing?: boolean | null | undefined;
}>;


export type IngestMutation = { ingestUpload: { status: IngestOutcome, error: string | null, nodes: number, links: number, rejected: number, warnings: number, seconds: number, batch: { id: string, bundleId: string, registry: string, rowsRejected: number, rejectedRows: Array<{ file: string, line: number, reason: string, raw: string }> } | null } };

export type KeyCheckQueryVariables = Exact<{ [key: string]: never; }>;


export type KeyCheckQuery = { __typename: 'Query' };

export type NotificationsQueryVariables = Exact<{
  unread?: boolean | null | undefined;
  first?: number | null | undefined;
}>;


export type NotificationsQuery = { notifications: { totalCount: number, unreadCount: number, items: Array<{ id: string, kind: NotificationKind, entity: string, finding: string | null, title: string, createdAt: string, readAt: string | null }> } };

export type UnreadNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationsQuery = { notifications: { unreadCount: number } };

export type MarkReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
  all?: boolean | null | undefined;
}>;


export type MarkReadMutation = { markRead: number };

export type WebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhooksQuery = { webhooks: Array<{ id: string, url: string, createdAt: string, deliveries: Array<{ id: string, notification: string, status: DeliveryStatus, attempts: number, lastStatus: number | null, lastError: string | null, lastAttemptAt: string | null }> }> };

export type AddWebhookMutationVariables = Exact<{
  url: string;
  secret: string;
}>;


export type AddWebhookMutation = { addWebhook: { id: string } };

export type RemoveWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveWebhookMutation = { removeWebhook: boolean };

export type PathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  asOf?: string | null | undefined;
  maxHops?: number | null | undefined;
  via?: Array<LinkKind> | LinkKind | null | undefined;
}>;


export type PathsQuery = { paths: { truncated: boolean, paths: Array<{ nodes: Array<
        | { __typename: 'Agency', id: string, name: string }
        | { __typename: 'Company', id: string, name: string, redacted: boolean }
        | { __typename: 'Decision', id: string, title: string | null, kind: string }
        | { __typename: 'Person', id: string, name: string, redacted: boolean }
      >, links: Array<{ kind: LinkKind, detail: string | null, validFrom: string | null, validTo: string | null, share: number | null, amount: string | number | null, title: string | null, from:
          | { __typename: 'Agency', id: string, name: string }
          | { __typename: 'Company', id: string, name: string, redacted: boolean }
          | { __typename: 'Decision', id: string, title: string | null, kind: string }
          | { __typename: 'Person', id: string, name: string, redacted: boolean }
        , to:
          | { __typename: 'Agency', id: string, name: string }
          | { __typename: 'Company', id: string, name: string, redacted: boolean }
          | { __typename: 'Decision', id: string, title: string | null, kind: string }
          | { __typename: 'Person', id: string, name: string, redacted: boolean }
        , sources: Array<{ bundle: string, file: string, line: number }> }> }> } };

export type PersonalReportQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonalReportQuery = { report: { id: string, registry: string, ref: string, reportDate: string, submittedDate: string | null, person: { __typename: 'Person', id: string, name: string, redacted: boolean } | null, source: { bundle: string, file: string, line: number }, items: Array<{ kind: PersonalReportItemKind, relation: string | null, shown: boolean, person: { __typename: 'Person', id: string, name: string, redacted: boolean } | null, company: { __typename: 'Company', id: string, name: string, redacted: boolean } | null, source: { bundle: string, file: string, line: number } }>, covered: Array<{ relation: string, listed: boolean, person: { __typename: 'Person', id: string, name: string, redacted: boolean } }>, interests: Array<{ relation: string, declared: boolean, person: { __typename: 'Person', id: string, name: string, redacted: boolean }, company: { __typename: 'Company', id: string, name: string, redacted: boolean }, fact: { kind: LinkKind, detail: string | null, share: number | null, validFrom: string | null, validTo: string | null, sources: Array<{ bundle: string, file: string, line: number }> } }>, findings: Array<{ id: string, rule: RuleCode, variants: Array<string>, severity: Severity, triageStatus: TriageStatus, active: boolean, company: { id: string, name: string } | null }> } | null };

export type ReportsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportsQuery = { reports: Array<{ id: string, name: string, description: string | null, owner: string, schedule: string | null, timeZone: string | null, nextRunAt: string | null, lastRun: { startedAt: string, trigger: ReportTrigger, failed: boolean } | null }> };

export type SavedReportQueryVariables = Exact<{
  name: string;
  lang?: string | null | undefined;
}>;


export type SavedReportQuery = { savedReport: { id: string, name: string, description: string | null, query: string, variables: string | null, owner: string, schedule: string | null, timeZone: string | null, nextRunAt: string | null, parameters: Array<{ name: string, type: string, defaultValue: string | null, required: boolean }>, downloads: { csv: string, xlsx: string }, lastRun: { id: string, trigger: ReportTrigger, runBy: string, startedAt: string, failed: boolean, errors: Array<string>, tables: Array<{ name: string, rows: Array<Array<string | null>>, columns: Array<{ path: string, label: string, numeric: boolean }> }> } | null } | null };

export type RunReportMutationVariables = Exact<{
  name: string;
  variables?: string | null | undefined;
  lang?: string | null | undefined;
}>;


export type RunReportMutation = { runReport: { id: string, trigger: ReportTrigger, runBy: string, startedAt: string, failed: boolean, errors: Array<string>, tables: Array<{ name: string, rows: Array<Array<string | null>>, columns: Array<{ path: string, label: string, numeric: boolean }> }> } };

export type ReviewQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ReviewQuery = { resolutionCandidates: Array<{ id: string, reason: string, createdAt: string, differences: Array<string>, a: { id: string, kind: EntityKind, entity: string | null, resolvedBy: string | null, registry: string, file: string, line: number, ref: string, links: number, name: string, identifier: string | null, identifierStatus: IdentifierStatus | null, birthDate: string | null, birthMonth: string | null, gender: Gender | null, phone: string | null, address: string | null, listed: boolean | null, regionCode: string | null, industry: string | null, status: string | null, founded: string | null, sectors: string | null, extra: string | null } | null, b: { id: string, kind: EntityKind, entity: string | null, resolvedBy: string | null, registry: string, file: string, line: number, ref: string, links: number, name: string, identifier: string | null, identifierStatus: IdentifierStatus | null, birthDate: string | null, birthMonth: string | null, gender: Gender | null, phone: string | null, address: string | null, listed: boolean | null, regionCode: string | null, industry: string | null, status: string | null, founded: string | null, sectors: string | null, extra: string | null } | null }> };

export type ReviewRecordFragment = { id: string, kind: EntityKind, entity: string | null, resolvedBy: string | null, registry: string, file: string, line: number, ref: string, links: number, name: string, identifier: string | null, identifierStatus: IdentifierStatus | null, birthDate: string | null, birthMonth: string | null, gender: Gender | null, phone: string | null, address: string | null, listed: boolean | null, regionCode: string | null, industry: string | null, status: string | null, founded: string | null, sectors: string | null, extra: string | null };

export type ReviewViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewViewerQuery = { viewer: { role: Role } };

export type DecideMatchMutationVariables = Exact<{
  recordA: string | number;
  recordB: string | number;
  same: boolean;
  note?: string | null | undefined;
}>;


export type DecideMatchMutation = { decideMatch: { entities: number, openCandidates: number } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const EntityRefFragmentDoc = new TypedDocumentString(`
    fragment EntityRef on Entity {
  __typename
  ... on Person {
    id
    name
    redacted
  }
  ... on Company {
    id
    name
    redacted
  }
  ... on Agency {
    id
    name
  }
  ... on Decision {
    id
    title
    kind
  }
}
    `, {"fragmentName":"EntityRef"}) as unknown as TypedDocumentString<EntityRefFragment, unknown>;
export const SourceRefFragmentDoc = new TypedDocumentString(`
    fragment SourceRef on Source {
  bundle
  file
  line
}
    `, {"fragmentName":"SourceRef"}) as unknown as TypedDocumentString<SourceRefFragment, unknown>;
export const FactFieldsFragmentDoc = new TypedDocumentString(`
    fragment FactFields on Fact {
  kind
  detail
  validFrom
  validTo
  share
  amount
  title
  from {
    ...EntityRef
  }
  to {
    ...EntityRef
  }
  sources {
    ...SourceRef
  }
}
    fragment EntityRef on Entity {
  __typename
  ... on Person {
    id
    name
    redacted
  }
  ... on Company {
    id
    name
    redacted
  }
  ... on Agency {
    id
    name
  }
  ... on Decision {
    id
    title
    kind
  }
}
fragment SourceRef on Source {
  bundle
  file
  line
}`, {"fragmentName":"FactFields"}) as unknown as TypedDocumentString<FactFieldsFragment, unknown>;
export const EvidenceLinkFieldsFragmentDoc = new TypedDocumentString(`
    fragment EvidenceLinkFields on EvidenceLink {
  kind
  from
  to
  detail
  validFrom
  validTo
  share
  amount
  sources {
    bundle
    file
    line
  }
}
    `, {"fragmentName":"EvidenceLinkFields"}) as unknown as TypedDocumentString<EvidenceLinkFieldsFragment, unknown>;
export const FindingDetailFragmentDoc = new TypedDocumentString(`
    fragment FindingDetail on Finding {
  id
  rule
  variants
  severity
  reasons
  relations
  amount
  active
  triageStatus
  assignee
  firstSeen
  lastSeen
  agencyId
  official {
    id
    name
    idNumber
    birthDate
    positions {
      ...FactFields
    }
  }
  company {
    id
    name
    creditCode
    status
  }
  clause {
    item
    zh
    en
    regulation
  }
  evidence {
    shows
    on
    nodes {
      id
      kind
      name
    }
    links {
      ...EvidenceLinkFields
    }
    report {
      id
      reportDate
    }
  }
  decisions {
    id
    title
    kind
    amount
    decidedDate
    method
  }
  transactions {
    ...EvidenceLinkFields
  }
  reports {
    id
    registry
    ref
    reportDate
    source {
      bundle
      file
      line
    }
  }
  history {
    at
    kind
    actor
    fromStatus
    toStatus
    text
    sweep
  }
}
    fragment EntityRef on Entity {
  __typename
  ... on Person {
    id
    name
    redacted
  }
  ... on Company {
    id
    name
    redacted
  }
  ... on Agency {
    id
    name
  }
  ... on Decision {
    id
    title
    kind
  }
}
fragment SourceRef on Source {
  bundle
  file
  line
}
fragment FactFields on Fact {
  kind
  detail
  validFrom
  validTo
  share
  amount
  title
  from {
    ...EntityRef
  }
  to {
    ...EntityRef
  }
  sources {
    ...SourceRef
  }
}
fragment EvidenceLinkFields on EvidenceLink {
  kind
  from
  to
  detail
  validFrom
  validTo
  share
  amount
  sources {
    bundle
    file
    line
  }
}`, {"fragmentName":"FindingDetail"}) as unknown as TypedDocumentString<FindingDetailFragment, unknown>;
export const FindingLineFragmentDoc = new TypedDocumentString(`
    fragment FindingLine on Finding {
  id
  rule
  severity
  triageStatus
  active
  relations
  official {
    id
    name
  }
  company {
    id
    name
  }
}
    `, {"fragmentName":"FindingLine"}) as unknown as TypedDocumentString<FindingLineFragment, unknown>;
export const PersonalReportLineFragmentDoc = new TypedDocumentString(`
    fragment PersonalReportLine on PersonalReport {
  id
  registry
  ref
  reportDate
  submittedDate
  items {
    shown
  }
  covered {
    listed
  }
  interests {
    declared
  }
  findings {
    id
  }
}
    `, {"fragmentName":"PersonalReportLine"}) as unknown as TypedDocumentString<PersonalReportLineFragment, unknown>;
export const ReviewRecordFragmentDoc = new TypedDocumentString(`
    fragment ReviewRecord on ResolutionRecord {
  id
  kind
  entity
  resolvedBy
  registry
  file
  line
  ref
  links
  name
  identifier
  identifierStatus
  birthDate
  birthMonth
  gender
  phone
  address
  listed
  regionCode
  industry
  status
  founded
  sectors
  extra
}
    `, {"fragmentName":"ReviewRecord"}) as unknown as TypedDocumentString<ReviewRecordFragment, unknown>;
export const OpenCasesDocument = new TypedDocumentString(`
    query OpenCases {
  cases(first: 200, where: {status: [OPEN, IN_PROGRESS, REFERRED]}) {
    nodes {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<OpenCasesQuery, OpenCasesQueryVariables>;
export const AddToCaseDocument = new TypedDocumentString(`
    mutation AddToCase($case: ID!, $findings: [ID!], $entities: [ID!]) {
  addToCase(case: $case, findings: $findings, entities: $entities) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<AddToCaseMutation, AddToCaseMutationVariables>;
export const OpenCaseDocument = new TypedDocumentString(`
    mutation OpenCase($title: String!, $findings: [ID!], $entities: [ID!]) {
  openCase(title: $title, findings: $findings, entities: $entities) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<OpenCaseMutation, OpenCaseMutationVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    ...EntityRef
  }
}
    fragment EntityRef on Entity {
  __typename
  ... on Person {
    id
    name
    redacted
  }
  ... on Company {
    id
    name
    redacted
  }
  ... on Agency {
    id
    name
  }
  ... on Decision {
    id
    title
    kind
  }
}`) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const SearchHitsDocument = new TypedDocumentString(`
    query SearchHits($text: String!, $first: Int) {
  searchHits(text: $text, first: $first) {
    entity {
      ...EntityRef
    }
    field
    match
    text
    official
    withFindings
  }
}
    fragment EntityRef on Entity {
  __typename
  ... on Person {
    id
    name
    redacted
  }
  ... on Company {
    id
    name
    redacted
  }
  ... on Agency {
    id
    name
  }
  ... on Decision {
    id
    title
    kind
  }
}`) as unknown as TypedDocumentString<SearchHitsQuery, SearchHitsQueryVariables>;
export const FindingDocument = new TypedDocumentString(`
    query Finding($id: ID!) {
  finding(id: $id) {
    ...FindingDetail
  }
}
    fragment EntityRef on Entity {
  __typename
  ... on Person {
    id
    name
    redacted
  }
  ... on Company {
    id
    name
    redacted
  }
  ... on Agency {
    id
    name
  }
  ... on Decision {
    id
    title
    kind
  }
}
fragment SourceRef on Source {
  bundle
  file
  line
}
fragment FactFields on Fact {
  kind
  detail
  validFrom
  validTo
  share
  amount
  title
  from {
    ...EntityRef
  }
  to {
    ...EntityRef
  }
  sources {
    ...SourceRef
  }
}
fragment EvidenceLinkFields on EvidenceLink {
  kind
  from
  to
  detail
  validFrom
  validTo
  share
  amount
  sources {
    bundle
    file
    line
  }
}
fragment FindingDetail on Finding {
  id
  rule
  variants
  severity
  reasons
  relations
  amount
  active
  triageStatus
  assignee
  firstSeen
  lastSeen
  agencyId
  official {
    id
    name
    idNumber
    birthDate
    positions {
      ...FactFields
    }
  }
  company {
    id
    name
    creditCode
    status
  }
  clause {
    item
    zh
    en
    regulation
  }
  evidence {
    shows
    on
    nodes {
      id
      kind
      name
    }
    links {
      ...EvidenceLinkFields
    }
    report {
      id
      reportDate
    }
  }
  decisions {
    id
    title
    kind
    amount
    decidedDate
    method
  }
  transactions {
    ...EvidenceLinkFields
  }
  reports {
    id
    registry
    ref
    reportDate
    source {
      bundle
      file
      line
    }
  }
  history {
    at
    kind
    actor
    fromStatus
    toStatus
    text
    sweep
  }
}`) as unknown as TypedDocumentString<FindingQuery, FindingQueryVariables>;
export const NetworkDocument = new TypedDocumentString(`
    query Network($id: ID!, $hops: Int, $via: [LinkKind!], $asOf: Date, $cap: Int) {
  network(id: $id, hops: $hops, via: $via, asOf: $asOf, capPerKind: $cap) {
    nodes {
      ...EntityRef
    }
    links {
      ...FactFields
    }
    more {
      node {
        ...EntityRef
      }
      kind
      count
    }
  }
}
    fragment EntityRef on Entity {
  __typename
  ... on Person {
    id
    name
    redacted
  }
  ... on Company {
    id
    name
    redacted
  }
  ... on Agency {
    id
    name
  }
  ... on Decision {
    id
    title
    kind
  }
}
fragment SourceRef on Source {
  bundle
  file
  line
}
fragment FactFields on Fact {
  kind
  detail
  validFrom
  validTo
  share
  amount
  title
  from {
    ...EntityRef
  }
  to {
    ...EntityRef
  }
  sources {
    ...SourceRef
  }
}`) as unknown as TypedDocumentString<NetworkQuery, NetworkQueryVariables>;
export const FindingHeldDocument = new TypedDocumentString(`
    query FindingHeld($id: ID!) {
  finding(id: $id) {
    id
    heldDuring {
      from
      to
    }
  }
}
    `) as unknown as TypedDocumentString<FindingHeldQuery, FindingHeldQueryVariables>;
export const WatchesDocument = new TypedDocumentString(`
    query Watches {
  watches {
    entity
    kind
    name
    createdAt
  }
}
    `) as unknown as TypedDocumentString<WatchesQuery, WatchesQueryVariables>;
export const WatchDocument = new TypedDocumentString(`
    mutation Watch($entity: ID!) {
  watch(entity: $entity) {
    entity
  }
}
    `) as unknown as TypedDocumentString<WatchMutation, WatchMutationVariables>;
export const UnwatchDocument = new TypedDocumentString(`
    mutation Unwatch($entity: ID!) {
  unwatch(entity: $entity)
}
    `) as unknown as TypedDocumentString<UnwatchMutation, UnwatchMutationVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    role
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const CasePageDocument = new TypedDocumentString(`
    query CasePage($id: ID!) {
  case(id: $id) {
    id
    title
    description
    status
    createdBy
    createdAt
    updatedAt
    assignees
    findingCount
    entityCount
    triageCounts {
      status
      count
    }
    findings {
      ...FindingLine
    }
    entities {
      ...EntityRef
    }
    history {
      at
      kind
      actor
      text
      finding
      entity
    }
  }
}
    fragment EntityRef on Entity {
  __typename
  ... on Person {
    id
    name
    redacted
  }
  ... on Company {
    id
    name
    redacted
  }
  ... on Agency {
    id
    name
  }
  ... on Decision {
    id
    title
    kind
  }
}
fragment FindingLine on Finding {
  id
  rule
  severity
  triageStatus
  active
  relations
  official {
    id
    name
  }
  company {
    id
    name
  }
}`) as unknown as TypedDocumentString<CasePageQuery, CasePageQueryVariables>;
export const UpdateCaseDocument = new TypedDocumentString(`
    mutation UpdateCase($case: ID!, $title: String, $description: String, $status: CaseStatus) {
  updateCase(
    case: $case
    title: $title
    description: $description
    status: $status
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateCaseMutation, UpdateCaseMutationVariables>;
export const AssignCaseDocument = new TypedDocumentString(`
    mutation AssignCase($case: ID!, $add: [String!], $remove: [String!]) {
  assignCase(case: $case, add: $add, remove: $remove) {
    id
  }
}
    `) as unknown as TypedDocumentString<AssignCaseMutation, AssignCaseMutationVariables>;
export const CaseNoteDocument = new TypedDocumentString(`
    mutation CaseNote($case: ID!, $text: String!) {
  addCaseNote(case: $case, text: $text) {
    id
  }
}
    `) as unknown as TypedDocumentString<CaseNoteMutation, CaseNoteMutationVariables>;
export const TriageCaseDocument = new TypedDocumentString(`
    mutation TriageCase($case: ID!, $status: TriageStatus!, $findings: [ID!], $note: String) {
  triageCase(case: $case, status: $status, findings: $findings, note: $note) {
    id
    history {
      kind
      text
    }
  }
}
    `) as unknown as TypedDocumentString<TriageCaseMutation, TriageCaseMutationVariables>;
export const RemoveFromCaseDocument = new TypedDocumentString(`
    mutation RemoveFromCase($case: ID!, $findings: [ID!], $entities: [ID!]) {
  removeFromCase(case: $case, findings: $findings, entities: $entities) {
    id
  }
}
    `) as unknown as TypedDocumentString<RemoveFromCaseMutation, RemoveFromCaseMutationVariables>;
export const CasesDocument = new TypedDocumentString(`
    query Cases($where: CaseFilter, $after: String) {
  cases(first: 50, after: $after, where: $where) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      title
      status
      assignees
      findingCount
      entityCount
      updatedAt
      triageCounts {
        status
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CasesQuery, CasesQueryVariables>;
export const NewCaseDocument = new TypedDocumentString(`
    mutation NewCase($title: String!, $description: String) {
  openCase(title: $title, description: $description) {
    id
  }
}
    `) as unknown as TypedDocumentString<NewCaseMutation, NewCaseMutationVariables>;
export const EntityDocument = new TypedDocumentString(`
    query Entity($id: ID!) {
  entity(id: $id) {
    __typename
    ... on Person {
      id
      name
      idNumber
      idNumberStatus
      birthDate
      gender
      positions {
        ...FactFields
      }
      relatives {
        person {
          id
          name
          redacted
        }
        relation
        validFrom
        validTo
        links {
          sources {
            ...SourceRef
          }
        }
      }
      holdings {
        ...FactFields
      }
      roles {
        ...FactFields
      }
      decisions {
        ...FactFields
      }
      transactions {
        ...FactFields
      }
      findings {
        ...FindingLine
      }
      reports {
        ...PersonalReportLine
      }
    }
    ... on Company {
      id
      name
      creditCode
      creditCodeStatus
      listed
      regionCode
      industry
      status
      shareholders {
        ...FactFields
      }
      holdings {
        ...FactFields
      }
      officers {
        ...FactFields
      }
      ultimateOwners {
        person {
          id
          name
          redacted
        }
        share
        chains {
          to {
            ...EntityRef
          }
        }
      }
      decisions {
        ...FactFields
      }
      findings {
        ...FindingLine
      }
    }
    ... on Agency {
      id
      name
      regionCode
      sectors
      staff {
        ...FactFields
      }
      decisions {
        ...FactFields
      }
    }
    ... on Decision {
      id
      kind
      title
      amount
      currency
      appliedDate
      decidedDate
      method
      bidders
      issuedBy {
        ...FactFields
      }
      beneficiaries {
        ...FactFields
      }
      participants {
        ...FactFields
      }
      tenders {
        ...FactFields
      }
    }
  }
}
    fragment EntityRef on Entity {
  __typename
  ... on Person {
    id
    name
    redacted
  }
  ... on Company {
    id
    name
    redacted
  }
  ... on Agency {
    id
    name
  }
  ... on Decision {
    id
    title
    kind
  }
}
fragment SourceRef on Source {
  bundle
  file
  line
}
fragment FactFields on Fact {
  kind
  detail
  validFrom
  validTo
  share
  amount
  title
  from {
    ...EntityRef
  }
  to {
    ...EntityRef
  }
  sources {
    ...SourceRef
  }
}
fragment FindingLine on Finding {
  id
  rule
  severity
  triageStatus
  active
  relations
  official {
    id
    name
  }
  company {
    id
    name
  }
}
fragment PersonalReportLine on PersonalReport {
  id
  registry
  ref
  reportDate
  submittedDate
  items {
    shown
  }
  covered {
    listed
  }
  interests {
    declared
  }
  findings {
    id
  }
}`) as unknown as TypedDocumentString<EntityQuery, EntityQueryVariables>;
export const TriageDocument = new TypedDocumentString(`
    mutation Triage($id: ID!, $status: TriageStatus!, $note: String) {
  triageFinding(id: $id, status: $status, note: $note) {
    id
  }
}
    `) as unknown as TypedDocumentString<TriageMutation, TriageMutationVariables>;
export const AssignDocument = new TypedDocumentString(`
    mutation Assign($id: ID!, $assignee: String) {
  assignFinding(id: $id, assignee: $assignee) {
    id
  }
}
    `) as unknown as TypedDocumentString<AssignMutation, AssignMutationVariables>;
export const CommentDocument = new TypedDocumentString(`
    mutation Comment($id: ID!, $text: String!) {
  commentFinding(id: $id, text: $text) {
    id
  }
}
    `) as unknown as TypedDocumentString<CommentMutation, CommentMutationVariables>;
export const InboxDocument = new TypedDocumentString(`
    query Inbox($where: FindingFilter, $after: String, $first: Int) {
  findings(
    first: $first
    after: $after
    where: $where
    order: [{field: SEVERITY, direction: DESC}, {field: RULE}, {field: ID}]
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...FindingLine
    }
  }
  agencies: findingStats(groupBy: [AGENCY], where: {active: {eq: true}}) {
    agency
    agencyName
    count
  }
  byRule: findingStats(groupBy: [RULE, SEVERITY], where: {active: {eq: true}}) {
    rule
    severity
    count
  }
}
    fragment FindingLine on Finding {
  id
  rule
  severity
  triageStatus
  active
  relations
  official {
    id
    name
  }
  company {
    id
    name
  }
}`) as unknown as TypedDocumentString<InboxQuery, InboxQueryVariables>;
export const BulkTriageFindingDocument = new TypedDocumentString(`
    mutation BulkTriageFinding($id: ID!, $status: TriageStatus!, $note: String) {
  triageFinding(id: $id, status: $status, note: $note) {
    id
    triageStatus
  }
}
    `) as unknown as TypedDocumentString<BulkTriageFindingMutation, BulkTriageFindingMutationVariables>;
export const MappingExamplesDocument = new TypedDocumentString(`
    query MappingExamples {
  mappingExamples {
    name
    description
    files
  }
}
    `) as unknown as TypedDocumentString<MappingExamplesQuery, MappingExamplesQueryVariables>;
export const CheckDocument = new TypedDocumentString(`
    query Check($upload: ID, $example: String) {
  mappingCheck(upload: $upload, example: $example, rows: 3) {
    ok
    registry
    bundleId
    rejected
    rowsRead
    rowsFiltered
    records
    facts
    mappingProblems {
      file
      line
      reason
    }
    headers {
      location
      row
      cells
    }
    samples {
      location
      row
      records {
        name
        kind
        values {
          column
          value
        }
      }
    }
    problems(first: 200) {
      file
      line
      reason
      rejected
    }
  }
}
    `) as unknown as TypedDocumentString<CheckQuery, CheckQueryVariables>;
export const IngestDocument = new TypedDocumentString(`
    mutation Ingest($upload: ID, $example: String, $allOrNothing: Boolean) {
  ingestUpload(upload: $upload, example: $example, allOrNothing: $allOrNothing) {
    status
    error
    nodes
    links
    rejected
    warnings
    seconds
    batch {
      id
      bundleId
      registry
      rowsRejected
      rejectedRows(first: 200) {
        file
        line
        reason
        raw
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IngestMutation, IngestMutationVariables>;
export const KeyCheckDocument = new TypedDocumentString(`
    query KeyCheck {
  __typename
}
    `) as unknown as TypedDocumentString<KeyCheckQuery, KeyCheckQueryVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications($unread: Boolean, $first: Int) {
  notifications(unread: $unread, first: $first) {
    totalCount
    unreadCount
    items {
      id
      kind
      entity
      finding
      title
      createdAt
      readAt
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const UnreadNotificationsDocument = new TypedDocumentString(`
    query UnreadNotifications {
  notifications(unread: true, first: 1) {
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<UnreadNotificationsQuery, UnreadNotificationsQueryVariables>;
export const MarkReadDocument = new TypedDocumentString(`
    mutation MarkRead($ids: [ID!], $all: Boolean) {
  markRead(ids: $ids, all: $all)
}
    `) as unknown as TypedDocumentString<MarkReadMutation, MarkReadMutationVariables>;
export const WebhooksDocument = new TypedDocumentString(`
    query Webhooks {
  webhooks {
    id
    url
    createdAt
    deliveries(first: 5) {
      id
      notification
      status
      attempts
      lastStatus
      lastError
      lastAttemptAt
    }
  }
}
    `) as unknown as TypedDocumentString<WebhooksQuery, WebhooksQueryVariables>;
export const AddWebhookDocument = new TypedDocumentString(`
    mutation AddWebhook($url: String!, $secret: String!) {
  addWebhook(url: $url, secret: $secret) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddWebhookMutation, AddWebhookMutationVariables>;
export const RemoveWebhookDocument = new TypedDocumentString(`
    mutation RemoveWebhook($id: ID!) {
  removeWebhook(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveWebhookMutation, RemoveWebhookMutationVariables>;
export const PathsDocument = new TypedDocumentString(`
    query Paths($from: ID!, $to: ID!, $asOf: Date, $maxHops: Int, $via: [LinkKind!]) {
  paths(
    from: $from
    to: $to
    asOf: $asOf
    maxHops: $maxHops
    via: $via
    maxPaths: 20
  ) {
    truncated
    paths {
      nodes {
        ...EntityRef
      }
      links {
        ...FactFields
      }
    }
  }
}
    fragment EntityRef on Entity {
  __typename
  ... on Person {
    id
    name
    redacted
  }
  ... on Company {
    id
    name
    redacted
  }
  ... on Agency {
    id
    name
  }
  ... on Decision {
    id
    title
    kind
  }
}
fragment SourceRef on Source {
  bundle
  file
  line
}
fragment FactFields on Fact {
  kind
  detail
  validFrom
  validTo
  share
  amount
  title
  from {
    ...EntityRef
  }
  to {
    ...EntityRef
  }
  sources {
    ...SourceRef
  }
}`) as unknown as TypedDocumentString<PathsQuery, PathsQueryVariables>;
export const PersonalReportDocument = new TypedDocumentString(`
    query PersonalReport($id: ID!) {
  report(id: $id) {
    id
    registry
    ref
    reportDate
    submittedDate
    person {
      ...EntityRef
    }
    source {
      ...SourceRef
    }
    items {
      kind
      relation
      shown
      person {
        ...EntityRef
      }
      company {
        ...EntityRef
      }
      source {
        ...SourceRef
      }
    }
    covered {
      relation
      listed
      person {
        ...EntityRef
      }
    }
    interests {
      relation
      declared
      person {
        ...EntityRef
      }
      company {
        ...EntityRef
      }
      fact {
        kind
        detail
        share
        validFrom
        validTo
        sources {
          ...SourceRef
        }
      }
    }
    findings {
      id
      rule
      variants
      severity
      triageStatus
      active
      company {
        id
        name
      }
    }
  }
}
    fragment EntityRef on Entity {
  __typename
  ... on Person {
    id
    name
    redacted
  }
  ... on Company {
    id
    name
    redacted
  }
  ... on Agency {
    id
    name
  }
  ... on Decision {
    id
    title
    kind
  }
}
fragment SourceRef on Source {
  bundle
  file
  line
}`) as unknown as TypedDocumentString<PersonalReportQuery, PersonalReportQueryVariables>;
export const ReportsDocument = new TypedDocumentString(`
    query Reports {
  reports {
    id
    name
    description
    owner
    schedule
    timeZone
    nextRunAt
    lastRun {
      startedAt
      trigger
      failed
    }
  }
}
    `) as unknown as TypedDocumentString<ReportsQuery, ReportsQueryVariables>;
export const SavedReportDocument = new TypedDocumentString(`
    query SavedReport($name: String!, $lang: String) {
  savedReport(name: $name) {
    id
    name
    description
    query
    variables
    owner
    schedule
    timeZone
    nextRunAt
    parameters {
      name
      type
      defaultValue
      required
    }
    downloads {
      csv
      xlsx
    }
    lastRun {
      id
      trigger
      runBy
      startedAt
      failed
      errors
      tables(lang: $lang) {
        name
        columns {
          path
          label
          numeric
        }
        rows
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SavedReportQuery, SavedReportQueryVariables>;
export const RunReportDocument = new TypedDocumentString(`
    mutation RunReport($name: String!, $variables: String, $lang: String) {
  runReport(name: $name, variables: $variables) {
    id
    trigger
    runBy
    startedAt
    failed
    errors
    tables(lang: $lang) {
      name
      columns {
        path
        label
        numeric
      }
      rows
    }
  }
}
    `) as unknown as TypedDocumentString<RunReportMutation, RunReportMutationVariables>;
export const ReviewDocument = new TypedDocumentString(`
    query Review($first: Int) {
  resolutionCandidates(first: $first) {
    id
    reason
    createdAt
    differences
    a {
      ...ReviewRecord
    }
    b {
      ...ReviewRecord
    }
  }
}
    fragment ReviewRecord on ResolutionRecord {
  id
  kind
  entity
  resolvedBy
  registry
  file
  line
  ref
  links
  name
  identifier
  identifierStatus
  birthDate
  birthMonth
  gender
  phone
  address
  listed
  regionCode
  industry
  status
  founded
  sectors
  extra
}`) as unknown as TypedDocumentString<ReviewQuery, ReviewQueryVariables>;
export const ReviewViewerDocument = new TypedDocumentString(`
    query ReviewViewer {
  viewer {
    role
  }
}
    `) as unknown as TypedDocumentString<ReviewViewerQuery, ReviewViewerQueryVariables>;
export const DecideMatchDocument = new TypedDocumentString(`
    mutation DecideMatch($recordA: ID!, $recordB: ID!, $same: Boolean!, $note: String) {
  decideMatch(recordA: $recordA, recordB: $recordB, same: $same, note: $note) {
    entities
    openCandidates
  }
}
    `) as unknown as TypedDocumentString<DecideMatchMutation, DecideMatchMutationVariables>;