// A finding as its page and its printable case file both show it: who and which company, the
// clause, the evidence path by path with every link's registry rows, the decisions and transactions
// behind it, and its history.

import { request } from '../api';
import { graphql } from '../generated/gql';
import type { FindingDetailFragment } from '../generated/gql/graphql';
import { linkKind, t, word, words } from '../i18n';
import { severityBadge, statusBadge } from './badges';
import { errorBox, h, loading, route, show } from './dom';
import { type EntityRef, entityLabel } from './entities';
import { sourceList } from './facts';
import { amount, dateTime, share, validity } from './format';

graphql(`
  fragment EvidenceLinkFields on EvidenceLink {
    kind from to detail validFrom validTo share amount
    sources { bundle file line }
  }
`);

graphql(`
  fragment FindingDetail on Finding {
    id rule variants severity reasons relations amount active triageStatus assignee firstSeen lastSeen agencyId
    official { id name idNumber birthDate positions { ...FactFields } }
    company { id name creditCode status }
    clause { item zh en regulation }
    evidence { shows on nodes { id kind name } links { ...EvidenceLinkFields } report { id reportDate } }
    decisions { id title kind amount decidedDate method }
    transactions { ...EvidenceLinkFields }
    reports { id registry ref reportDate source { bundle file line } }
    history { at kind actor fromStatus toStatus text sweep }
  }
`);

const FindingQuery = graphql(`
  query Finding($id: ID!) {
    finding(id: $id) { ...FindingDetail }
  }
`);

/** A finding as its pages read it, with the personal-matters reports behind it (REP; none for the other rules). */
export type FindingDetail = FindingDetailFragment;

/** Reads a finding, showing "loading" meanwhile and the error, or an unknown id, in its place. */
export async function loadFinding(view: HTMLElement, id: string): Promise<FindingDetail | null> {
  show(view, loading());
  try {
    const finding = (await request(FindingQuery, { id })).finding ?? null;
    if (!finding) {
      show(view, errorBox(new Error(`${t('notFound')}: ${id}`)));
      return null;
    }
    return finding;
  } catch (error) {
    show(view, errorBox(error));
    return null;
  }
}

/** The entities on the evidence paths, as the sweep saw them, by id. */
export function evidenceEntities(finding: FindingDetail): Map<string, EntityRef> {
  const nodes = new Map<string, EntityRef>();
  for (const path of finding.evidence) {
    for (const n of path.nodes) {
      switch (n.kind) {
        case 'PERSON': nodes.set(n.id, { __typename: 'Person', id: n.id, name: n.name ?? n.id, redacted: n.id.startsWith('hidden_') }); break;
        case 'COMPANY': nodes.set(n.id, { __typename: 'Company', id: n.id, name: n.name ?? n.id, redacted: n.id.startsWith('hidden_') }); break;
        case 'AGENCY': nodes.set(n.id, { __typename: 'Agency', id: n.id, name: n.name ?? n.id }); break;
        case 'DECISION': nodes.set(n.id, { __typename: 'Decision', id: n.id, title: n.name, kind: '' }); break;
      }
    }
  }
  return nodes;
}

function labelOf(names: Map<string, EntityRef>, id: string): string {
  const e = names.get(id);
  return e ? entityLabel(e) : id;
}

export function evidenceList(finding: FindingDetail, names: Map<string, EntityRef>): HTMLElement {
  const name = (id: string) => labelOf(names, id);
  return h('ol', { class: 'evidence' }, finding.evidence.map((path) => h('li', {},
    h('p', {}, h('strong', {}, word(path.shows)), path.on ? ` (${t('on')} ${path.on})` : '',
      path.report ? [' · ', reportLink(path.report)] : null),
    h('table', { class: 'facts' }, h('tbody', {}, path.links.map((l) => h('tr', {},
      h('td', {}, h('span', { class: `kind k-${l.kind.toLowerCase()}` }, linkKind(l.kind))),
      h('td', {}, h('a', { href: route(`/entity/${l.from}`) }, name(l.from)), ' → ', h('a', { href: route(`/entity/${l.to}`) }, name(l.to))),
      h('td', {}, word(l.detail)),
      h('td', { class: 'num' }, l.share !== null && l.share !== undefined ? share(l.share) : amount(l.amount)),
      h('td', { class: 'nowrap' }, validity(l.validFrom, l.validTo)),
      h('td', {}, sourceList(l.sources)))))))));
}

/** A link to a personal-matters report's page (REP): its report day and id. */
function reportLink(report: { id: string; reportDate: string }): HTMLElement {
  return h('a', { href: route(`/report/${report.id}`), class: 'report-link', 'data-report': report.id }, `${t('personalReport')} ${report.reportDate} (${report.id})`);
}

/** The clause: an item of the negative list by its number; REP's an article of the report regulation, which it names. */
export function clauseBlock(finding: FindingDetail): HTMLElement {
  const { item, zh, en, regulation } = finding.clause;
  return h('blockquote', { class: 'clause' },
    regulation ? h('p', { class: 'regulation' }, h('strong', {}, t('clauseArticle').replace('{regulation}', regulation).replace('{item}', String(item)))) : null,
    h('p', { lang: 'zh-CN' }, regulation ? zh : `（${item}）${zh}`),
    h('p', { lang: 'en', class: 'muted' }, en));
}

/** REP: the reports that left the interest out, each with its row and a link to it beside the registries. */
export function reportsTable(finding: FindingDetail): HTMLElement {
  if (finding.reports.length === 0) return h('p', { class: 'muted' }, t('none'));
  return h('table', { class: 'facts finding-reports' },
    h('thead', {}, h('tr', {}, [t('reportDay'), t('reportRegistry'), t('reportRef'), t('reportRow')].map((c) => h('th', {}, c)))),
    h('tbody', {}, finding.reports.map((r) => h('tr', { 'data-report': r.id },
      h('td', {}, reportLink(r)), h('td', {}, r.registry), h('td', {}, h('code', {}, r.ref)), h('td', {}, sourceList([r.source]))))));
}

export function decisionsTable(finding: FindingDetail): HTMLElement {
  if (finding.decisions.length === 0) return h('p', { class: 'muted' }, t('none'));
  return h('table', { class: 'facts' }, h('tbody', {}, finding.decisions.map((d) => h('tr', {},
    h('td', {}, h('a', { href: route(`/entity/${d.id}`) }, d.title ?? d.id)), h('td', {}, word(d.kind, 'decisionKind')), h('td', {}, word(d.method, 'method')),
    h('td', { class: 'num' }, amount(d.amount)), h('td', { class: 'nowrap' }, d.decidedDate)))));
}

export function transactionsTable(finding: FindingDetail, names: Map<string, EntityRef>): HTMLElement {
  if (finding.transactions.length === 0) return h('p', { class: 'muted' }, t('none'));
  const name = (id: string) => labelOf(names, id);
  return h('table', { class: 'facts' }, h('tbody', {}, finding.transactions.map((x) => h('tr', {},
    h('td', {}, `${name(x.from)} → ${name(x.to)}`), h('td', {}, word(x.detail, 'transaction')), h('td', { class: 'num' }, amount(x.amount)),
    h('td', { class: 'nowrap' }, validity(x.validFrom, x.validTo)), h('td', {}, sourceList(x.sources))))));
}

export function historyTable(finding: FindingDetail): HTMLElement {
  return h('table', { class: 'history' }, h('tbody', {}, finding.history.map((e) => h('tr', {},
    h('td', { class: 'nowrap' }, dateTime(e.at)), h('td', {}, e.actor), h('td', {}, word(e.kind, 'event')),
    h('td', {}, e.fromStatus || e.toStatus ? `${word(e.fromStatus, 'triage') || '—'} → ${word(e.toStatus, 'triage') || '—'}` : ''),
    h('td', {}, e.text ?? ''), h('td', { class: 'muted' }, e.sweep ?? '')))));
}

export function findingHeader(finding: FindingDetail): HTMLElement {
  return h('div', { class: 'entity-head' },
    h('h1', {}, `${finding.rule} `, severityBadge(finding.severity), ' ', statusBadge(finding.triageStatus), finding.active ? '' : h('span', { class: 'muted' }, ` (${t('resolved')})`)),
    h('p', {},
      finding.official ? h('a', { href: route(`/entity/${finding.official.id}`) }, finding.official.name) : '?', ' ⟶ ',
      finding.company ? h('a', { href: route(`/entity/${finding.company.id}`) }, finding.company.name) : '?'),
    h('dl', { class: 'props' },
      h('dt', {}, t('variants')), h('dd', {}, words(finding.variants, 'variant')),
      h('dt', {}, t('relations')), h('dd', {}, words(finding.relations, 'relation') || '—'),
      finding.amount ? [h('dt', {}, t('amount')), h('dd', {}, amount(finding.amount))] : [],
      h('dt', {}, t('reasons')), h('dd', {}, words(finding.reasons, 'reason', '; ')),
      h('dt', {}, t('firstSeen')), h('dd', {}, dateTime(finding.firstSeen)),
      h('dt', {}, t('lastSeen')), h('dd', {}, dateTime(finding.lastSeen)),
      h('dt', {}, t('assignee')), h('dd', {}, finding.assignee ?? '—')));
}
