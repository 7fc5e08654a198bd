import { request } from '../api';
import { errorBox, h, loading, show } from '../components/dom';
import { addToCase } from '../components/add-to-case';
import { bulkTriageBar } from '../components/bulk-triage';
import { findingsTable, selectedFindings } from '../components/finding-table';
import { graphql } from '../generated/gql';
import type { FindingFilter, InboxQuery, RuleCode, Severity, TriageStatus } from '../generated/gql/graphql';
import { t, word } from '../i18n';

const rules: RuleCode[] = ['NL3', 'NL4', 'NL5', 'NL9', 'REP'];
const severities = ['high', 'medium', 'low'];
const statuses = ['open', 'in_progress', 'confirmed', 'dismissed'];
const pageSize = 50;

const InboxQuery = graphql(`
  query Inbox($where: FindingFilter, $after: String, $first: Int) {
    findings(first: $first, after: $after, where: $where, order: [{ field: SEVERITY, direction: DESC }, { field: RULE }, { field: ID }]) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...FindingLine }
    }
    agencies: findingStats(groupBy: [AGENCY], where: { active: { eq: true } }) { agency agencyName count }
    byRule: findingStats(groupBy: [RULE, SEVERITY], where: { active: { eq: true } }) { rule severity count }
  }
`);

const BulkTriageMutation = graphql(`
  mutation BulkTriageFinding($id: ID!, $status: TriageStatus!, $note: String) {
    triageFinding(id: $id, status: $status, note: $note) { id triageStatus }
  }
`);

function select(name: string, value: string, options: [string, string][]): HTMLSelectElement {
  return h('select', { name }, [['', t('all')] as [string, string], ...options].map(([v, label]) => h('option', { value: v, selected: v === value }, label)));
}

/** The findings inbox: filter by rule, severity, status, agency and whether the finding is still found; paged. */
export async function renderFindings(view: HTMLElement, params: URLSearchParams): Promise<void> {
  const state = {
    rule: params.get('rule') ?? '',
    severity: params.get('severity') ?? '',
    status: params.get('status') ?? '',
    agency: params.get('agency') ?? '',
    active: params.get('active') ?? 'true',
    after: params.get('after') ?? '',
  };
  // The address carries the words as typed (or edited); the server refuses any that is not in the vocabulary.
  const where: FindingFilter = {};
  if (state.rule) where.rule = { eq: state.rule as RuleCode };
  if (state.severity) where.severity = { eq: state.severity.toUpperCase() as Severity };
  if (state.status) where.triageStatus = { eq: state.status.toUpperCase() as TriageStatus };
  if (state.agency) where.agencyId = { eq: state.agency };
  if (state.active) where.active = { eq: state.active === 'true' };

  const body = h('div', {}, loading());
  show(view, h('section', { class: 'card' }, h('h2', {}, t('navFindings')), body));
  let data: InboxQuery;
  try {
    data = await request(InboxQuery, { where, after: state.after || null, first: pageSize });
  } catch (error) {
    show(body, errorBox(error));
    return;
  }

  const controls = {
    rule: select('rule', state.rule, rules.map((r) => [r, r])),
    severity: select('severity', state.severity, severities.map((s) => [s, word(s, 'severity')])),
    status: select('status', state.status, statuses.map((s) => [s, word(s, 'triage')])),
    agency: select('agency', state.agency, data.agencies.filter((a) => a.agency).map((a) => [a.agency!, `${a.agencyName ?? a.agency} (${a.count})`])),
    active: select('active', state.active, [['true', t('active')], ['false', t('resolved')]]),
  };
  const form = h('form', { class: 'filters' },
    h('label', {}, t('rule'), ' ', controls.rule), ' ',
    h('label', {}, t('severity'), ' ', controls.severity), ' ',
    h('label', {}, t('triage'), ' ', controls.status), ' ',
    h('label', {}, t('agencyLabel'), ' ', controls.agency), ' ',
    h('label', {}, t('status'), ' ', controls.active), ' ',
    h('button', { type: 'submit' }, t('filter')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [name, control] of Object.entries(controls)) next.set(name, control.value);
    location.hash = `/findings?${next}`;
  });

  const counts = new Map<string, number>();
  for (const s of data.byRule) counts.set(`${s.rule}:${s.severity?.toLowerCase()}`, s.count);
  const stats = h('table', { class: 'stats' },
    h('thead', {}, h('tr', {}, h('th', {}, t('rule')), severities.map((s) => h('th', {}, word(s, 'severity'))))),
    h('tbody', {}, rules.map((r) => h('tr', {}, h('th', {}, r), severities.map((s) => h('td', { class: 'num' }, counts.get(`${r}:${s}`) ?? 0))))));

  const pager = h('p', { class: 'pager' },
    `${t('total')} ${data.findings.totalCount} ${t('items')}`, ' ',
    state.after ? h('a', { href: '#/findings?' + new URLSearchParams({ ...state, after: '' }) }, `« ${t('firstPage')}`) : null, ' ',
    data.findings.pageInfo.hasNextPage ? h('a', { href: '#/findings?' + new URLSearchParams({ ...state, after: data.findings.pageInfo.endCursor ?? '' }) }, `${t('next')} »`) : null);

  const table = findingsTable(data.findings.nodes, { selectable: true });
  const bulk = bulkTriageBar(() => selectedFindings(table), async (status, note, findings) => {
    for (const id of findings ?? []) await request(BulkTriageMutation, { id, status: status as TriageStatus, note });
    void renderFindings(view, params);
    return findings?.length ?? 0;
  });
  show(body, h('details', { class: 'glance' }, h('summary', {}, t('statsTitle')), stats), form, pager,
    h('div', { class: 'inbox-actions' }, bulk, addToCase(() => ({ findings: selectedFindings(table) }))), table);
}
