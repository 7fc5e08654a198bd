// A case: its title, status and description edited in place, who works it, its findings with multi-select and bulk
// triage, its people, companies and agencies, its notes and history; a link to its printable file.

import { request } from '../api';
import { bulkTriageBar } from '../components/bulk-triage';
import { errorBox, h, loading, route, section, show } from '../components/dom';
import { entityLink } from '../components/entities';
import { findingsTable, selectedFindings } from '../components/finding-table';
import { graphql } from '../generated/gql';
import type { CasePageQuery, CaseStatus, TriageStatus } from '../generated/gql/graphql';
import { t, word } from '../i18n';

export const caseStatuses = ['open', 'in_progress', 'referred', 'closed'] as const;

type CaseEventWord = 'opened' | 'retitled' | 'described' | 'status' | 'assigned' | 'unassigned' | 'note' | 'finding_added'
  | 'finding_removed' | 'entity_added' | 'entity_removed' | 'triaged';

const CasePageQuery = graphql(`
  query CasePage($id: ID!) {
    case(id: $id) {
      id title description status createdBy createdAt updatedAt assignees findingCount entityCount
      triageCounts { status count }
      findings { ...FindingLine }
      entities { ...EntityRef }
      history { at kind actor text finding entity }
    }
  }
`);

const UpdateCaseMutation = graphql(`
  mutation UpdateCase($case: ID!, $title: String, $description: String, $status: CaseStatus) {
    updateCase(case: $case, title: $title, description: $description, status: $status) { id }
  }
`);

const AssignCaseMutation = graphql(`
  mutation AssignCase($case: ID!, $add: [String!], $remove: [String!]) {
    assignCase(case: $case, add: $add, remove: $remove) { id }
  }
`);

const CaseNoteMutation = graphql(`
  mutation CaseNote($case: ID!, $text: String!) {
    addCaseNote(case: $case, text: $text) { id }
  }
`);

const TriageCaseMutation = graphql(`
  mutation TriageCase($case: ID!, $status: TriageStatus!, $findings: [ID!], $note: String) {
    triageCase(case: $case, status: $status, findings: $findings, note: $note) { id history { kind text } }
  }
`);

const RemoveFromCaseMutation = graphql(`
  mutation RemoveFromCase($case: ID!, $findings: [ID!], $entities: [ID!]) {
    removeFromCase(case: $case, findings: $findings, entities: $entities) { id }
  }
`);

export type CaseDetail = NonNullable<CasePageQuery['case']>;

/** A time as the console shows times: 2026-12-02 06:58, local. */
export function dateTime(value: string): string {
  const d = new Date(value);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

export function caseStatusBadge(status: string): HTMLElement {
  const s = status.toLowerCase() as (typeof caseStatuses)[number];
  return h('span', { class: `badge case-${s}`, 'data-case-status': s }, caseStatuses.includes(s) ? t(`caseStatus_${s}`) : status);
}

export function eventWord(kind: string): string {
  return t(`caseEvent_${kind.toLowerCase() as CaseEventWord}`);
}

/** The case's history as a table: when, who, what, and the text or the finding or entity it names. */
export function caseHistoryTable(c: CaseDetail): HTMLElement {
  return h('table', { class: 'history case-history' },
    h('tbody', {}, c.history.map((e) => h('tr', { 'data-kind': e.kind.toLowerCase() },
      h('td', {}, dateTime(e.at)), h('td', {}, e.actor), h('td', {}, eventWord(e.kind)),
      h('td', {}, e.finding ? h('a', { href: route(`/finding/${e.finding}`) }, e.finding) : null, e.entity ? h('a', { href: route(`/entity/${e.entity}`) }, e.entity) : null,
        e.text ? h('span', { class: 'event-text' }, ` ${e.text}`) : null)))));
}

export async function loadCase(view: HTMLElement, id: string): Promise<CaseDetail | null> {
  show(view, loading());
  try {
    const data = await request(CasePageQuery, { id });
    if (!data.case) {
      show(view, h('p', { class: 'muted' }, t('none')));
      return null;
    }
    return data.case;
  } catch (error) {
    show(view, errorBox(error));
    return null;
  }
}

export async function renderCase(view: HTMLElement, id: string): Promise<void> {
  const c = await loadCase(view, id);
  if (!c) return;
  const status = h('div', { class: 'case-status-line' });
  const reload = () => void renderCase(view, id);
  const run = (change: () => Promise<unknown>) => change().then(reload, (error) => show(status, errorBox(error)));

  const title = h('input', { name: 'title', value: c.title, size: 40 });
  const caseStatus = h('select', { name: 'caseStatus' }, caseStatuses.map((s) => h('option', { value: s, selected: s === c.status.toLowerCase() }, t(`caseStatus_${s}`))));
  const description = h('textarea', { name: 'description', rows: 3, cols: 70 }, c.description ?? '');
  const edit = h('form', { class: 'case-edit', 'data-form': 'case-edit' },
    h('p', {}, h('label', {}, t('caseTitle'), ' ', title), ' ', h('label', {}, t('caseStatus'), ' ', caseStatus)),
    h('p', {}, h('label', {}, t('caseDescription'), h('br', {}), description)),
    h('button', { type: 'submit' }, t('caseSave')));
  edit.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(() => request(UpdateCaseMutation, { case: c.id, title: title.value.trim(), description: description.value.trim(), status: caseStatus.value.toUpperCase() as CaseStatus }));
  });

  const assignee = h('input', { name: 'assignee', size: 16 });
  const assign = h('form', { class: 'inline', 'data-form': 'case-assign' }, assignee, ' ', h('button', { type: 'submit' }, t('caseAssigneeAdd')));
  assign.addEventListener('submit', (event) => {
    event.preventDefault();
    if (assignee.value.trim()) void run(() => request(AssignCaseMutation, { case: c.id, add: [assignee.value.trim()] }));
  });
  const assignees = h('ul', { class: 'assignees' }, c.assignees.map((a) => h('li', {}, a, ' ',
    h('button', { type: 'button', class: 'link', onclick: () => void run(() => request(AssignCaseMutation, { case: c.id, remove: [a] })) }, t('caseUnassign')))));

  const table = findingsTable(c.findings, { selectable: true });
  const bulk = bulkTriageBar(() => selectedFindings(table), async (s, note, findings) => {
    await request(TriageCaseMutation, { case: c.id, status: s as TriageStatus, findings, note });
    reload();
    return findings?.length ?? c.findings.length;
  }, true);
  const remove = h('button', { type: 'button', 'data-action': 'remove-findings', onclick: () => {
    const ids = selectedFindings(table);
    if (ids.length) void run(() => request(RemoveFromCaseMutation, { case: c.id, findings: ids }));
  } }, t('caseRemove'));

  const note = h('textarea', { name: 'caseNote', rows: 2, cols: 60, placeholder: t('caseNote') });
  const noteForm = h('form', { class: 'inline', 'data-form': 'case-note' }, note, ' ', h('button', { type: 'submit' }, t('caseAddNote')));
  noteForm.addEventListener('submit', (event) => {
    event.preventDefault();
    if (note.value.trim()) void run(() => request(CaseNoteMutation, { case: c.id, text: note.value.trim() }));
  });

  const counts = h('p', { class: 'triage-counts' }, c.triageCounts.map((x) => h('span', { class: 'count', 'data-status': x.status.toLowerCase() }, `${word(x.status)} ${x.count}　`)));
  show(view,
    h('section', { class: 'card case-head' },
      h('h2', {}, h('code', {}, c.id), ' ', c.title, ' ', caseStatusBadge(c.status)),
      h('p', { class: 'muted' }, `${t('caseCreatedBy')}: ${c.createdBy} · ${t('caseCreated')}: ${dateTime(c.createdAt)} · ${t('caseUpdated')}: ${dateTime(c.updatedAt)}`),
      h('p', { class: 'actions' }, h('a', { href: route(`/cases/${c.id}/file`), class: 'button', 'data-action': 'case-file' }, t('caseFileLink')), ' ', h('a', { href: route('/cases') }, `« ${t('cases')}`)),
      edit, status),
    section(t('caseAssignees'), assignees, assign),
    section(`${t('caseFindings')} (${c.findingCount})`, counts, bulk, table, h('p', {}, remove)),
    section(`${t('caseEntities')} (${c.entityCount})`, h('ul', { class: 'case-entities' }, c.entities.map((e) => h('li', {}, entityLink(e))))),
    section(t('caseHistory'), noteForm, caseHistoryTable(c)));
}
