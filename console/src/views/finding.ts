import { request } from '../api';
import { addToCase } from '../components/add-to-case';
import { detailPanel } from '../components/detail-panel';
import { errorBox, h, route, section, show } from '../components/dom';
import {
  clauseBlock, decisionsTable, evidenceEntities, evidenceList, type FindingDetail, findingHeader, historyTable, loadFinding, reportsTable, transactionsTable,
} from '../components/finding-detail';
import { GraphView } from '../components/graph';
import { drawFindingTimeline, timelineBox } from '../components/timeline-data';
import { graphql } from '../generated/gql';
import type { TriageStatus } from '../generated/gql/graphql';
import { t, word } from '../i18n';

const triageStatuses = ['open', 'in_progress', 'confirmed', 'dismissed'];

const TriageMutation = graphql(`
  mutation Triage($id: ID!, $status: TriageStatus!, $note: String) {
    triageFinding(id: $id, status: $status, note: $note) { id }
  }
`);

const AssignMutation = graphql(`
  mutation Assign($id: ID!, $assignee: String) {
    assignFinding(id: $id, assignee: $assignee) { id }
  }
`);

const CommentMutation = graphql(`
  mutation Comment($id: ID!, $text: String!) {
    commentFinding(id: $id, text: $text) { id }
  }
`);

function triagePanel(finding: FindingDetail, reload: () => void, status: HTMLElement): HTMLElement {
  const run = async (change: () => Promise<unknown>) => {
    try {
      await change();
      reload();
    } catch (error) {
      show(status, errorBox(error));
    }
  };
  const select = h('select', { name: 'status' }, triageStatuses.map((s) => h('option', { value: s, selected: s === finding.triageStatus.toLowerCase() }, word(s, 'triage'))));
  const note = h('input', { name: 'note', placeholder: t('note'), size: 40 });
  const triage = h('form', { class: 'inline', 'data-form': 'triage' }, h('label', {}, t('triageAction'), ' ', select), ' ', note, ' ', h('button', { type: 'submit' }, t('save')));
  triage.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(() => request(TriageMutation, { id: finding.id, status: select.value.toUpperCase() as TriageStatus, note: note.value || null }));
  });
  const assignee = h('input', { name: 'assignee', value: finding.assignee ?? '', size: 20 });
  const assign = h('form', { class: 'inline', 'data-form': 'assign' }, h('label', {}, t('assignee'), ' ', assignee), ' ', h('button', { type: 'submit' }, t('assign')));
  assign.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(() => request(AssignMutation, { id: finding.id, assignee: assignee.value.trim() || null }));
  });
  const text = h('textarea', { name: 'comment', rows: 2, cols: 60, placeholder: t('comment') });
  const comment = h('form', { class: 'inline', 'data-form': 'comment' }, text, ' ', h('button', { type: 'submit' }, t('addComment')));
  comment.addEventListener('submit', (event) => {
    event.preventDefault();
    if (text.value.trim()) void run(() => request(CommentMutation, { id: finding.id, text: text.value.trim() }));
  });
  return h('div', { class: 'triage' }, triage, assign, comment, status);
}

/** A finding: who, what, the clause, the evidence drawn and listed with sources, triage and its history. */
export async function renderFinding(view: HTMLElement, id: string): Promise<void> {
  const finding = await loadFinding(view, id);
  if (!finding) return;
  const names = evidenceEntities(finding);
  const graphBox = h('div', { class: 'graph big-graph', id: 'evidence-graph' });
  const panel = h('aside', { class: 'panel' }, h('p', { class: 'muted' }, t('expandHint')));
  const status = h('div', {});
  const timeline = timelineBox('finding-timeline');
  show(view,
    findingHeader(finding),
    h('p', { class: 'actions' }, h('a', { href: route(`/case/${finding.id}`), class: 'button' }, t('caseFile')), ' ', addToCase({ findings: [finding.id] }), ' ', h('a', { href: route('/findings') }, `« ${t('navFindings')}`)),
    section(t('triageAction'), triagePanel(finding, () => void renderFinding(view, id), status)),
    finding.rule === 'REP' || finding.reports.length ? section(t('reportsBehind'), reportsTable(finding)) : null,
    section(t('clause'), clauseBlock(finding)),
    section(t('timeline'), timeline),
    section(t('evidenceGraph'), h('div', { class: 'split' }, graphBox, panel)),
    section(t('evidence'), evidenceList(finding, names)),
    finding.rule === 'NL9' || finding.decisions.length ? section(t('decisionsBehind'), decisionsTable(finding)) : null,
    finding.transactions.length ? section(t('transactionsBehind'), transactionsTable(finding, names)) : null,
    section(t('history'), historyTable(finding)));
  const graph = new GraphView(graphBox, detailPanel(panel, names));
  void drawFindingTimeline(timeline, finding, names);
  graph.add([...names.values()], finding.evidence.flatMap((p) => p.links), { focus: [finding.official?.id, finding.company?.id].filter((x): x is string => !!x), evidence: true });
}
