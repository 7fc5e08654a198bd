import { type EntityRef, type Fact, factFields, gql } from '../api';
import { type DrawnLink, GraphView } from '../graph';
import { linkKind, t, word } from '../i18n';
import { amount, errorBox, factTable, h, loading, route, section, severityBadge, share, show, sourceList, statusBadge, validity } from '../ui';
import { detailPanel } from './network';

interface EvidenceLink extends DrawnLink {
  sources: { bundle: string; file: string; line: number }[];
}

export interface FindingDetail {
  id: string;
  rule: string;
  variants: string[];
  severity: string;
  reasons: string[];
  relations: string[];
  amount: string | null;
  active: boolean;
  triageStatus: string;
  assignee: string | null;
  firstSeen: string;
  lastSeen: string;
  agencyId: string | null;
  official: { id: string; name: string; idNumber: string | null; birthDate: string | null; positions: Fact[] } | null;
  company: { id: string; name: string; creditCode: string | null; status: string | null } | null;
  clause: { item: number; zh: string; en: string };
  evidence: { shows: string; on: string | null; nodes: { id: string; kind: string; name: string | null }[]; links: EvidenceLink[] }[];
  decisions: { id: string; title: string | null; kind: string; amount: string | null; decidedDate: string; method: string | null }[];
  transactions: EvidenceLink[];
  history: { at: string; kind: string; actor: string; fromStatus: string | null; toStatus: string | null; text: string | null; sweep: string | null }[];
}

const linkFields = 'kind from to detail validFrom validTo share amount sources { bundle file line }';

export const findingQuery = `query Finding($id: ID!) {
  finding(id: $id) {
    id rule variants severity reasons relations amount active triageStatus assignee firstSeen lastSeen agencyId
    official { id name idNumber birthDate positions { ${factFields} } }
    company { id name creditCode status }
    clause { item zh en }
    evidence { shows on nodes { id kind name } links { ${linkFields} } }
    decisions { id title kind amount decidedDate method }
    transactions { ${linkFields} }
    history { at kind actor fromStatus toStatus text sweep }
  }
}`;

const typenames: Record<string, EntityRef['__typename']> = { person: 'Person', company: 'Company', agency: 'Agency', decision: 'Decision' };

export function evidenceEntities(finding: FindingDetail): Map<string, EntityRef> {
  const nodes = new Map<string, EntityRef>();
  for (const path of finding.evidence) {
    for (const n of path.nodes) nodes.set(n.id, { __typename: typenames[n.kind.toLowerCase()] ?? 'Person', id: n.id, name: n.name, title: n.name });
  }
  return nodes;
}

export function evidenceList(finding: FindingDetail, names: Map<string, EntityRef>): HTMLElement {
  const name = (id: string) => names.get(id)?.name ?? id;
  return h('ol', { class: 'evidence' }, finding.evidence.map((path) => h('li', {},
    h('p', {}, h('strong', {}, path.shows), path.on ? ` (${t('on')} ${path.on})` : ''),
    h('table', { class: 'facts' }, h('tbody', {}, path.links.map((l) => h('tr', {},
      h('td', {}, h('span', { class: `kind k-${l.kind.toLowerCase()}` }, linkKind(l.kind))),
      h('td', {}, h('a', { href: route(`/entity/${l.from}`) }, name(l.from)), ' → ', h('a', { href: route(`/entity/${l.to}`) }, name(l.to))),
      h('td', {}, l.detail ?? ''),
      h('td', { class: 'num' }, l.share !== null && l.share !== undefined ? share(l.share) : amount(l.amount)),
      h('td', { class: 'nowrap' }, validity(l.validFrom, l.validTo)),
      h('td', {}, sourceList(l.sources)))))))));
}

export function clauseBlock(finding: FindingDetail): HTMLElement {
  return h('blockquote', { class: 'clause' }, h('p', { lang: 'zh-CN' }, `（${finding.clause.item}）${finding.clause.zh}`), h('p', { lang: 'en', class: 'muted' }, finding.clause.en));
}

export function decisionsTable(finding: FindingDetail): HTMLElement {
  if (finding.decisions.length === 0) return h('p', { class: 'muted' }, t('none'));
  return h('table', { class: 'facts' }, h('tbody', {}, finding.decisions.map((d) => h('tr', {},
    h('td', {}, h('a', { href: route(`/entity/${d.id}`) }, d.title ?? d.id)), h('td', {}, d.kind), h('td', {}, d.method?.toLowerCase() ?? ''),
    h('td', { class: 'num' }, amount(d.amount)), h('td', { class: 'nowrap' }, d.decidedDate)))));
}

export function transactionsTable(finding: FindingDetail, names: Map<string, EntityRef>): HTMLElement {
  if (finding.transactions.length === 0) return h('p', { class: 'muted' }, t('none'));
  const name = (id: string) => names.get(id)?.name ?? id;
  return h('table', { class: 'facts' }, h('tbody', {}, finding.transactions.map((x) => h('tr', {},
    h('td', {}, `${name(x.from)} → ${name(x.to)}`), h('td', {}, x.detail ?? ''), h('td', { class: 'num' }, amount(x.amount)),
    h('td', { class: 'nowrap' }, validity(x.validFrom, x.validTo)), h('td', {}, sourceList(x.sources))))));
}

export function historyTable(finding: FindingDetail): HTMLElement {
  return h('table', { class: 'history' }, h('tbody', {}, finding.history.map((e) => h('tr', {},
    h('td', { class: 'nowrap' }, new Date(e.at).toLocaleString()), h('td', {}, e.actor), h('td', {}, e.kind.toLowerCase()),
    h('td', {}, e.fromStatus || e.toStatus ? `${word(e.fromStatus) || '—'} → ${word(e.toStatus) || '—'}` : ''),
    h('td', {}, e.text ?? ''), h('td', { class: 'muted' }, e.sweep ?? '')))));
}

export function findingHeader(finding: FindingDetail): HTMLElement {
  return h('div', { class: 'entity-head' },
    h('h1', {}, `${finding.rule} `, severityBadge(finding.severity), ' ', statusBadge(finding.triageStatus), finding.active ? '' : h('span', { class: 'muted' }, ` (${t('resolved')})`)),
    h('p', {},
      finding.official ? h('a', { href: route(`/entity/${finding.official.id}`) }, finding.official.name) : '?', ' ⟶ ',
      finding.company ? h('a', { href: route(`/entity/${finding.company.id}`) }, finding.company.name) : '?'),
    h('dl', { class: 'props' },
      h('dt', {}, t('variants')), h('dd', {}, finding.variants.join(', ')),
      h('dt', {}, t('relations')), h('dd', {}, finding.relations.join(', ') || '—'),
      finding.amount ? [h('dt', {}, t('amount')), h('dd', {}, amount(finding.amount))] : [],
      h('dt', {}, t('reasons')), h('dd', {}, finding.reasons.join('; ')),
      h('dt', {}, t('firstSeen')), h('dd', {}, new Date(finding.firstSeen).toLocaleString()),
      h('dt', {}, t('lastSeen')), h('dd', {}, new Date(finding.lastSeen).toLocaleString()),
      h('dt', {}, t('assignee')), h('dd', {}, finding.assignee ?? '—')));
}

function triagePanel(finding: FindingDetail, reload: () => void, status: HTMLElement): HTMLElement {
  const run = async (query: string, variables: Record<string, unknown>) => {
    try {
      await gql(query, { id: finding.id, ...variables });
      reload();
    } catch (error) {
      show(status, errorBox(error));
    }
  };
  const select = h('select', { name: 'status' }, ['open', 'in_progress', 'confirmed', 'dismissed'].map((s) => h('option', { value: s, selected: s === finding.triageStatus.toLowerCase() }, word(s))));
  const note = h('input', { name: 'note', placeholder: t('note'), size: 40 });
  const triage = h('form', { class: 'inline', 'data-form': 'triage' }, h('label', {}, t('triageAction'), ' ', select), ' ', note, ' ', h('button', { type: 'submit' }, t('save')));
  triage.addEventListener('submit', (event) => {
    event.preventDefault();
    void run('mutation Triage($id: ID!, $status: TriageStatus!, $note: String) { triageFinding(id: $id, status: $status, note: $note) { id } }', { status: select.value.toUpperCase(), note: note.value || null });
  });
  const assignee = h('input', { name: 'assignee', value: finding.assignee ?? '', size: 20 });
  const assign = h('form', { class: 'inline', 'data-form': 'assign' }, h('label', {}, t('assignee'), ' ', assignee), ' ', h('button', { type: 'submit' }, t('assign')));
  assign.addEventListener('submit', (event) => {
    event.preventDefault();
    void run('mutation Assign($id: ID!, $assignee: String) { assignFinding(id: $id, assignee: $assignee) { id } }', { assignee: assignee.value.trim() || null });
  });
  const text = h('textarea', { name: 'comment', rows: 2, cols: 60, placeholder: t('comment') });
  const comment = h('form', { class: 'inline', 'data-form': 'comment' }, text, ' ', h('button', { type: 'submit' }, t('addComment')));
  comment.addEventListener('submit', (event) => {
    event.preventDefault();
    if (text.value.trim()) void run('mutation Comment($id: ID!, $text: String!) { commentFinding(id: $id, text: $text) { id } }', { text: text.value.trim() });
  });
  return h('div', { class: 'triage' }, triage, assign, comment, status);
}

/** Reads a finding, showing "loading" meanwhile and the error, or an unknown id, in its place. */
async function loadFinding(view: HTMLElement, id: string): Promise<FindingDetail | null> {
  show(view, loading());
  try {
    const finding = (await gql<{ finding: FindingDetail | null }>(findingQuery, { id })).finding;
    if (!finding) show(view, errorBox(new Error(`${t('notFound')}: ${id}`)));
    return finding;
  } catch (error) {
    show(view, errorBox(error));
    return null;
  }
}

/** A finding: who, what, the clause, the evidence drawn and listed with sources, triage and its history. */
export async function renderFinding(view: HTMLElement, id: string): Promise<void> {
  const finding = await loadFinding(view, id);
  if (!finding) return;
  const names = evidenceEntities(finding);
  const graphBox = h('div', { class: 'graph big-graph', id: 'evidence-graph' });
  const panel = h('aside', { class: 'panel' }, h('p', { class: 'muted' }, t('expandHint')));
  const status = h('div', {});
  show(view,
    findingHeader(finding),
    h('p', { class: 'actions' }, h('a', { href: route(`/case/${finding.id}`), class: 'button' }, t('caseFile')), ' ', h('a', { href: route('/findings') }, `« ${t('navFindings')}`)),
    section(t('triageAction'), triagePanel(finding, () => void renderFinding(view, id), status)),
    section(t('clause'), clauseBlock(finding)),
    section(t('evidenceGraph'), h('div', { class: 'split' }, graphBox, panel)),
    section(t('evidence'), evidenceList(finding, names)),
    finding.rule === 'NL9' || finding.decisions.length ? section(t('decisionsBehind'), decisionsTable(finding)) : null,
    finding.transactions.length ? section(t('transactionsBehind'), transactionsTable(finding, names)) : null,
    section(t('history'), historyTable(finding)));
  const graph = new GraphView(graphBox, detailPanel(panel, names));
  graph.add([...names.values()], finding.evidence.flatMap((p) => p.links), { focus: [finding.official?.id, finding.company?.id].filter((x): x is string => !!x), evidence: true });
}

/** The printable case file: the facts, the evidence with sources, the clause and the triage history, on paper. */
export async function renderCaseFile(view: HTMLElement, id: string): Promise<void> {
  const finding = await loadFinding(view, id);
  if (!finding) return;
  const names = evidenceEntities(finding);
  show(view, h('article', { class: 'casefile' },
    h('p', { class: 'no-print' }, h('button', { type: 'button', onclick: () => window.print() }, t('print')), ' ', h('a', { href: route(`/finding/${finding.id}`) }, `« ${t('back')}`)),
    h('h1', {}, `${t('caseFile').replace(/（.*）|\(.*\)/, '')} ${finding.id}`),
    h('p', { class: 'muted' }, `${t('printedAt')}: ${new Date().toLocaleString()}`),
    findingHeader(finding),
    h('h2', {}, t('clause')), clauseBlock(finding),
    finding.official ? [h('h2', {}, `${t('official')}: ${finding.official.name}`),
      h('dl', { class: 'props' }, h('dt', {}, t('idNumber')), h('dd', {}, finding.official.idNumber ?? '—'), h('dt', {}, t('birthDate')), h('dd', {}, finding.official.birthDate ?? '—')),
      h('h3', {}, t('positions')), factTable(finding.official.positions, finding.official.id)] : null,
    finding.company ? [h('h2', {}, `${t('company')}: ${finding.company.name}`),
      h('dl', { class: 'props' }, h('dt', {}, t('creditCode')), h('dd', {}, finding.company.creditCode ?? '—'), h('dt', {}, t('status')), h('dd', {}, finding.company.status ?? '—'))] : null,
    h('h2', {}, t('evidence')), evidenceList(finding, names),
    finding.decisions.length ? [h('h2', {}, t('decisionsBehind')), decisionsTable(finding)] : null,
    finding.transactions.length ? [h('h2', {}, t('transactionsBehind')), transactionsTable(finding, names)] : null,
    h('h2', {}, t('history')), historyTable(finding)));
}
