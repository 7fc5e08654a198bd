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

/** Findings a line each: rule, severity, official, company, relations, triage; a resolved one greyed. */
export function findingsTable(findings: readonly FindingLineFragment[]): HTMLElement {
  if (findings.length === 0) return h('p', { class: 'muted' }, t('none'));
  return h('table', { class: 'findings' },
    h('thead', {}, h('tr', {}, [t('rule'), t('severity'), t('official'), t('company'), t('relations'), t('triage'), ''].map((c) => h('th', {}, c)))),
    h('tbody', {}, findings.map((f) => h('tr', { 'data-finding': f.id, class: f.active ? '' : 'inactive' },
      h('td', {}, h('a', { href: route(`/finding/${f.id}`), class: 'finding-link' }, f.rule)),
      h('td', {}, severityBadge(f.severity)),
      h('td', {}, f.official ? h('a', { href: route(`/entity/${f.official.id}`) }, f.official.name) : ''),
      h('td', {}, f.company ? h('a', { href: route(`/entity/${f.company.id}`) }, f.company.name) : ''),
      h('td', {}, words(f.relations, 'relation')),
      h('td', {}, statusBadge(f.triageStatus), f.active ? '' : h('span', { class: 'muted' }, ` (${t('resolved')})`)),
      h('td', {}, h('a', { href: route(`/finding/${f.id}`) }, '→'))))));
}
