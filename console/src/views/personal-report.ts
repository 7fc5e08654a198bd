// A personal-matters report (个人有关事项报告) beside the registries: what the report declares, and what the registries
// show on the day it describes — whom it must cover and their holdings and senior posts — with every difference
// marked (an interest left out, a close relative not listed, an item the registries do not bear out), each
// interest's registry rows, and the REP findings it is behind (查核, rule REP).

import { request } from '../api';
import { severityBadge, statusBadge } from '../components/badges';
import { errorBox, h, loading, route, section, show } from '../components/dom';
import { entityLink } from '../components/entities';
import { sourceList } from '../components/facts';
import { differenceBadges, reportDifferences } from '../components/personal-report';
import { share, validity } from '../components/format';
import { graphql } from '../generated/gql';
import type { PersonalReportQuery } from '../generated/gql/graphql';
import { linkKind, t, word, words } from '../i18n';

const PersonalReportQueryDocument = graphql(`
  query PersonalReport($id: ID!) {
    report(id: $id) {
      id registry ref reportDate submittedDate
      person { ...EntityRef }
      source { ...SourceRef }
      items { kind relation shown person { ...EntityRef } company { ...EntityRef } source { ...SourceRef } }
      covered { relation listed person { ...EntityRef } }
      interests {
        relation declared
        person { ...EntityRef }
        company { ...EntityRef }
        fact { kind detail share validFrom validTo sources { ...SourceRef } }
      }
      findings { id rule variants severity triageStatus active company { id name } }
    }
  }
`);

type Report = NonNullable<PersonalReportQuery['report']>;

/** The mark of a row: as the registries have it, or the difference (data-check says which, for tools and tests). */
function check(ok: boolean, okText: string, differs: string, differsText: string): HTMLElement {
  return h('span', { class: ok ? 'badge report-same' : `badge report-diff diff-${differs}`, 'data-check': ok ? 'same' : differs }, ok ? okText : differsText);
}

function header(titles: string[]): HTMLElement {
  return h('thead', {}, h('tr', {}, titles.map((c) => h('th', {}, c))));
}

function unresolved(): HTMLElement {
  return h('span', { class: 'muted' }, t('reportUnresolved'));
}

function declaredFacts(report: Report): HTMLElement {
  const rows: [string, HTMLElement | string][] = [
    [t('official'), report.person ? entityLink(report.person) : '—'],
    [t('reportRegistry'), report.registry],
    [t('reportRef'), h('code', {}, report.ref)],
    [t('reportDay'), report.reportDate],
    [t('reportSubmitted'), report.submittedDate ?? '—'],
    [t('reportRow'), sourceList([report.source])],
  ];
  return h('dl', { class: 'props report-facts' }, rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

function itemsTable(report: Report): HTMLElement {
  if (report.items.length === 0) return h('p', { class: 'muted' }, t('reportItemsNone'));
  return h('table', { class: 'facts report-items' },
    header([t('kind'), t('reportPerson'), `${t('detail')} / ${t('company')}`, t('reportRow'), t('reportCheck')]),
    h('tbody', {}, report.items.map((item) => h('tr', {
      class: item.shown ? '' : 'differs',
      'data-kind': item.kind.toLowerCase(),
      'data-person': item.person?.id,
      'data-company': item.company?.id,
      'data-shown': String(item.shown),
    },
    h('td', {}, h('span', { class: 'kind' }, word(item.kind, 'reportItem'))),
    h('td', {}, item.person ? entityLink(item.person) : unresolved()),
    h('td', {}, item.kind === 'RELATIVE' ? word(item.relation, 'relation') : item.company ? entityLink(item.company) : unresolved()),
    h('td', {}, sourceList([item.source])),
    h('td', {}, check(item.shown, t('reportShown'), 'not-shown', t('reportNotShown')))))));
}

function coveredTable(report: Report): HTMLElement {
  return h('table', { class: 'facts report-covered' },
    header([t('reportPerson'), t('detail'), t('reportCheck')]),
    h('tbody', {}, report.covered.map((c) => h('tr', { class: c.listed ? '' : 'differs', 'data-person': c.person.id, 'data-listed': String(c.listed) },
      h('td', {}, entityLink(c.person)),
      h('td', {}, word(c.relation, 'relation')),
      h('td', {}, check(c.listed, t('reportListed'), 'unlisted', t('reportUnlisted')))))));
}

function interestsTable(report: Report): HTMLElement {
  if (report.interests.length === 0) return h('p', { class: 'muted' }, t('reportInterestsNone'));
  // An interest left out is what a REP finding is about: its row links there.
  const findingOf = new Map(report.findings.filter((f) => f.company).map((f) => [f.company!.id, f.id]));
  return h('table', { class: 'facts report-interests' },
    header([t('reportPerson'), t('company'), `${t('reportWhat')} · ${t('validity')}`, t('sources'), t('reportCheck')]),
    h('tbody', {}, report.interests.map((i) => {
      const finding = i.declared ? undefined : findingOf.get(i.company.id);
      return h('tr', { class: i.declared ? '' : 'differs', 'data-person': i.person.id, 'data-company': i.company.id, 'data-declared': String(i.declared) },
        h('td', {}, entityLink(i.person), h('div', { class: 'muted small' }, word(i.relation, 'relation'))),
        h('td', {}, entityLink(i.company)),
        h('td', {}, h('span', { class: `kind k-${i.fact.kind.toLowerCase()}` }, linkKind(i.fact.kind)), ' ',
          i.fact.kind === 'OWNERSHIP' ? share(i.fact.share) : word(i.fact.detail, 'companyRole'),
          h('div', { class: 'nowrap validity' }, validity(i.fact.validFrom, i.fact.validTo))),
        h('td', {}, sourceList(i.fact.sources)),
        h('td', {}, check(i.declared, t('reportDeclared'), 'undeclared', t('reportUndeclared')),
          finding ? [' ', h('a', { href: route(`/finding/${finding}`), class: 'finding-link' }, `${t('reportFindingOf')} ${finding}`)] : null));
    })));
}

function findingsList(report: Report): HTMLElement {
  if (report.findings.length === 0) return h('p', { class: 'muted' }, t('reportFindingsNone'));
  return h('table', { class: 'findings report-findings' },
    header([t('reportFindingOf'), t('severity'), t('company'), t('variants'), t('triage')]),
    h('tbody', {}, report.findings.map((f) => h('tr', { 'data-finding': f.id, class: f.active ? '' : 'inactive' },
      h('td', {}, h('a', { href: route(`/finding/${f.id}`), class: 'finding-link' }, `${f.rule} ${f.id}`)),
      h('td', {}, severityBadge(f.severity)),
      h('td', {}, f.company ? h('a', { href: route(`/entity/${f.company.id}`) }, f.company.name) : ''),
      h('td', {}, words(f.variants, 'variant')),
      h('td', {}, statusBadge(f.triageStatus), f.active ? '' : h('span', { class: 'muted' }, ` (${t('resolved')})`))))));
}

function legend(): HTMLElement {
  const entry = (kind: string, text: string) => h('li', {}, h('span', { class: `swatch diff-${kind}` }), ' ', text);
  return h('div', { class: 'report-legend small' },
    h('p', {}, t('reportLegend')),
    h('ul', {},
      entry('undeclared', t('reportLegendUndeclared')),
      entry('unlisted', t('reportLegendUnlisted')),
      entry('not-shown', t('reportLegendNotShown')),
      h('li', {}, h('span', { class: 'swatch same' }), ' ', t('reportLegendSame'))));
}

/** A personal-matters report as declared, beside what the registries show on its day, the differences marked. */
export async function renderPersonalReport(view: HTMLElement, id: string): Promise<void> {
  show(view, loading());
  let report: Report | null | undefined;
  try {
    report = (await request(PersonalReportQueryDocument, { id })).report;
  } catch (error) {
    show(view, errorBox(error));
    return;
  }
  if (!report) {
    show(view, errorBox(new Error(`${t('notFound')}: ${t('personalReport')} ${id}`)));
    return;
  }
  show(view,
    h('div', { class: 'entity-head', 'data-report': report.id },
      h('h1', {}, h('span', { class: 'type report' }, t('personalReport')), ' ', report.person ? entityLink(report.person) : '?', ` · ${report.reportDate}`),
      h('p', { class: 'actions' }, h('code', { class: 'muted' }, report.id), ' ', h('strong', {}, `${t('reportDifferences')}: `), differenceBadges(reportDifferences(report)))),
    h('section', { class: 'card' }, legend()),
    h('div', { class: 'report-compare' },
      section(t('reportAsDeclared'), declaredFacts(report), h('h3', {}, t('reportItems')), itemsTable(report)),
      section(`${t('reportOnRecord')} · ${t('reportOnRecordOn')} ${report.reportDate}`,
        h('h3', {}, t('reportCovered')), coveredTable(report),
        h('h3', {}, t('reportInterests')), interestsTable(report))),
    section(t('reportFindings'), findingsList(report)));
}
