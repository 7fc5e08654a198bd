import { graphql } from '../generated/gql';
import type { FindingLineFragment } from '../generated/gql/graphql';
import { t, words } from '../i18n';
import { severityBadge, statusBadge } from './badges';
import { h, route } from './dom';

graphql(`
  fragment FindingLine on Finding {
    id rule severity triageStatus active relations
    official { id name }
    company { id name }
  }
`);

/** Findings a line each: rule, severity, official, company, relations, triage; a resolved one greyed. Selectable: a
 *  checkbox a line (and one in the header for all) for bulk triage and "add to case" (selectedFindings). */
export function findingsTable(findings: readonly FindingLineFragment[], options: { selectable?: boolean } = {}): HTMLElement {
  if (findings.length === 0) return h('p', { class: 'muted' }, t('none'));
  const all = options.selectable ? h('input', { type: 'checkbox', name: 'pick-all', title: t('caseSelectAll') }) : null;
  const table = h('table', { class: options.selectable ? 'findings selectable' : 'findings' },
    h('thead', {}, h('tr', {}, [t('rule'), t('severity'), t('official'), t('company'), t('relations'), t('triage'), ''].map((c) => h('th', {}, c)), all ? h('th', { class: 'pick' }, all) : null)),
    h('tbody', {}, findings.map((f) => h('tr', { 'data-finding': f.id, class: f.active ? '' : 'inactive' },
      h('td', {}, h('a', { href: route(`/finding/${f.id}`), class: 'finding-link' }, f.rule)),
      h('td', {}, severityBadge(f.severity)),
      h('td', {}, f.official ? h('a', { href: route(`/entity/${f.official.id}`) }, f.official.name) : ''),
      h('td', {}, f.company ? h('a', { href: route(`/entity/${f.company.id}`) }, f.company.name) : ''),
      h('td', {}, words(f.relations, 'relation')),
      h('td', {}, statusBadge(f.triageStatus), f.active ? '' : h('span', { class: 'muted' }, ` (${t('resolved')})`)),
      h('td', {}, h('a', { href: route(`/finding/${f.id}`) }, '→')),
      options.selectable ? h('td', { class: 'pick' }, h('input', { type: 'checkbox', name: 'pick', value: f.id })) : null))));
  all?.addEventListener('change', () => {
    for (const box of table.querySelectorAll<HTMLInputElement>('input[name=pick]')) box.checked = all.checked;
  });
  return table;
}

/** The ids of the findings ticked in a selectable findings table. */
export function selectedFindings(table: HTMLElement): string[] {
  return [...table.querySelectorAll<HTMLInputElement>('input[name=pick]:checked')].map((box) => box.value);
}
