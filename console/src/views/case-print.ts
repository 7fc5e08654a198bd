// A case's printable file: what it is, who works it, its findings, people and companies, and its whole history.

import { h, route, show } from '../components/dom';
import { entityLabel } from '../components/entities';
import { t, word } from '../i18n';
import { caseHistoryTable, caseStatusBadge, dateTime, loadCase } from './case-page';

export async function renderCasePrint(view: HTMLElement, id: string): Promise<void> {
  const c = await loadCase(view, id);
  if (!c) return;
  show(view, h('article', { class: 'casefile case-print' },
    h('p', { class: 'no-print' }, h('button', { type: 'button', onclick: () => window.print() }, t('print')), ' ', h('a', { href: route(`/cases/${c.id}`) }, `« ${t('back')}`)),
    h('h1', {}, `${t('caseFileTitle')} ${c.id}：${c.title}`),
    h('p', { class: 'muted' }, `${t('printedAt')}: ${dateTime(new Date().toISOString())}`),
    h('dl', { class: 'props' },
      h('dt', {}, t('caseStatus')), h('dd', {}, caseStatusBadge(c.status)),
      h('dt', {}, t('caseAssignees')), h('dd', {}, c.assignees.join('、') || '—'),
      h('dt', {}, t('caseCreatedBy')), h('dd', {}, `${c.createdBy} · ${dateTime(c.createdAt)}`),
      h('dt', {}, t('caseUpdated')), h('dd', {}, dateTime(c.updatedAt))),
    c.description ? [h('h2', {}, t('caseDescription')), h('p', { class: 'description' }, c.description)] : null,
    h('h2', {}, `${t('caseFindings')} (${c.findingCount})`),
    h('p', {}, c.triageCounts.map((x) => `${word(x.status)} ${x.count}`).join(' · ')),
    h('table', { class: 'findings' },
      h('thead', {}, h('tr', {}, ['ID', t('rule'), t('severity'), t('official'), t('company'), t('relations'), t('triage')].map((x) => h('th', {}, x)))),
      h('tbody', {}, c.findings.map((f) => h('tr', {},
        h('td', {}, f.id), h('td', {}, f.rule), h('td', {}, word(f.severity)), h('td', {}, f.official?.name ?? ''),
        h('td', {}, f.company?.name ?? ''), h('td', {}, f.relations.join(', ')), h('td', {}, word(f.triageStatus)))))),
    h('h2', {}, `${t('caseEntities')} (${c.entityCount})`),
    h('ul', {}, c.entities.map((e) => h('li', {}, entityLabel(e), ' ', h('code', {}, 'id' in e ? e.id : '')))),
    h('h2', {}, t('caseHistory')), caseHistoryTable(c)));
}
