import { h, route, show } from '../components/dom';
import { factTable } from '../components/facts';
import { clauseBlock, decisionsTable, evidenceEntities, evidenceList, findingHeader, historyTable, loadFinding, reportsTable, transactionsTable } from '../components/finding-detail';
import { dateTime } from '../components/format';
import { t } from '../i18n';

/** The printable case file: the facts, the evidence with sources, the clause and the triage history, on paper. */
export async function renderCaseFile(view: HTMLElement, id: string): Promise<void> {
  const finding = await loadFinding(view, id);
  if (!finding) return;
  const names = evidenceEntities(finding);
  show(view, h('article', { class: 'casefile' },
    h('p', { class: 'no-print' }, h('button', { type: 'button', onclick: () => window.print() }, t('print')), ' ', h('a', { href: route(`/finding/${finding.id}`) }, `« ${t('back')}`)),
    h('h1', {}, `${t('caseFile').replace(/（.*）|\(.*\)/, '')} ${finding.id}`),
    h('p', { class: 'muted' }, `${t('printedAt')}: ${dateTime(new Date())}`),
    findingHeader(finding),
    h('h2', {}, t('clause')), clauseBlock(finding),
    finding.official ? [h('h2', {}, `${t('official')}: ${finding.official.name}`),
      h('dl', { class: 'props' }, h('dt', {}, t('idNumber')), h('dd', {}, finding.official.idNumber ?? '—'), h('dt', {}, t('birthDate')), h('dd', {}, finding.official.birthDate ?? '—')),
      h('h3', {}, t('positions')), factTable(finding.official.positions, finding.official.id)] : null,
    finding.company ? [h('h2', {}, `${t('company')}: ${finding.company.name}`),
      h('dl', { class: 'props' }, h('dt', {}, t('creditCode')), h('dd', {}, finding.company.creditCode ?? '—'), h('dt', {}, t('status')), h('dd', {}, finding.company.status ?? '—'))] : null,
    h('h2', {}, t('evidence')), evidenceList(finding, names),
    finding.reports.length ? [h('h2', {}, t('reportsBehind')), reportsTable(finding)] : null,
    finding.decisions.length ? [h('h2', {}, t('decisionsBehind')), decisionsTable(finding)] : null,
    finding.transactions.length ? [h('h2', {}, t('transactionsBehind')), transactionsTable(finding, names)] : null,
    h('h2', {}, t('history')), historyTable(finding)));
}
