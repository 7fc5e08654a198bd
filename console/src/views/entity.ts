import { request } from '../api';
import { errorBox, h, loading, route, section, show } from '../components/dom';
import { entityLink } from '../components/entities';
import { sourceList, factTable } from '../components/facts';
import { findingsTable } from '../components/finding-table';
import { amount, share, validity } from '../components/format';
import { GraphView } from '../components/graph';
import { drawTimeline } from '../components/timeline';
import { personBars, timelineBox } from '../components/timeline-data';
import { drawNetwork } from '../components/network';
import { personalReportsTable } from '../components/personal-report';
import { watchButton } from '../components/watch-button';
import { graphql } from '../generated/gql';
import type { EntityQuery } from '../generated/gql/graphql';
import { t, word } from '../i18n';

const EntityQuery = graphql(`
  query Entity($id: ID!) {
    entity(id: $id) {
      __typename
      ... on Person {
        id name idNumber idNumberStatus birthDate gender
        positions { ...FactFields }
        relatives { person { id name redacted } relation validFrom validTo links { sources { ...SourceRef } } }
        holdings { ...FactFields }
        roles { ...FactFields }
        decisions { ...FactFields }
        transactions { ...FactFields }
        findings { ...FindingLine }
        reports { ...PersonalReportLine }
      }
      ... on Company {
        id name creditCode creditCodeStatus listed regionCode industry status
        shareholders { ...FactFields }
        holdings { ...FactFields }
        officers { ...FactFields }
        ultimateOwners { person { id name redacted } share chains { to { ...EntityRef } } }
        decisions { ...FactFields }
        findings { ...FindingLine }
      }
      ... on Agency {
        id name regionCode sectors
        staff { ...FactFields }
        decisions { ...FactFields }
      }
      ... on Decision {
        id kind title amount currency appliedDate decidedDate method bidders
        issuedBy { ...FactFields }
        beneficiaries { ...FactFields }
        participants { ...FactFields }
        tenders { ...FactFields }
      }
    }
  }
`);

type Entity = NonNullable<EntityQuery['entity']>;
type Person = Extract<Entity, { __typename: 'Person' }>;
type Company = Extract<Entity, { __typename: 'Company' }>;

function factsList(rows: [string, unknown][]): HTMLElement {
  return h('dl', { class: 'props' }, rows.filter(([, v]) => v !== null && v !== undefined && v !== '').flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, String(v))]));
}

function relativesTable(relatives: Person['relatives']): HTMLElement {
  if (relatives.length === 0) return h('p', { class: 'muted' }, t('none'));
  return h('table', { class: 'facts' },
    h('thead', {}, h('tr', {}, [t('name'), t('detail'), t('validity'), t('sources')].map((c) => h('th', {}, c)))),
    h('tbody', {}, relatives.map((r) => h('tr', {},
      h('td', {}, entityLink(r.person)),
      h('td', {}, word(r.relation, 'relation')),
      h('td', { class: 'nowrap' }, validity(r.validFrom, r.validTo)),
      h('td', {}, sourceList(r.links.flatMap((l) => l.sources)))))));
}

function ownersTable(owners: Company['ultimateOwners']): HTMLElement {
  if (owners.length === 0) return h('p', { class: 'muted' }, t('none'));
  return h('table', { class: 'facts' },
    h('thead', {}, h('tr', {}, [t('name'), t('share'), t('path')].map((c) => h('th', {}, c)))),
    h('tbody', {}, owners.map((o) => h('tr', {},
      h('td', {}, entityLink(o.person)),
      h('td', { class: 'num' }, share(o.share)),
      h('td', {}, o.chains.map((chain) => h('div', {}, chain.map((link) => link.to).map((e, i) => [i ? ' → ' : '', entityLink(e)]))))))));
}

/** A check that failed (masked, invalid) shown beside the number; a valid one says nothing. */
function identifier(value: string | null | undefined, status: string | null | undefined): string {
  return `${value ?? ''} ${status && status !== 'VALID' ? `(${word(status, 'identifier')})` : ''}`.trim();
}

function entitySections(e: Entity): (HTMLElement | null)[] {
  switch (e.__typename) {
    case 'Person':
      return [
        section(t('facts'), factsList([[t('idNumber'), identifier(e.idNumber, e.idNumberStatus)], [t('birthDate'), e.birthDate], [t('gender'), word(e.gender, 'gender')]])),
        section(t('findings'), findingsTable(e.findings)),
        // Officials file them; a relative's page would only say "none".
        e.positions.length || e.reports.length ? section(t('personalReports'), personalReportsTable(e.reports)) : null,
        section(t('timeline'), timelineBox('person-timeline')),
        section(t('positions'), factTable(e.positions, e.id)),
        section(t('relatives'), relativesTable(e.relatives)),
        section(t('holdings'), factTable(e.holdings, e.id)),
        section(t('roles'), factTable(e.roles, e.id)),
        section(t('decisions'), factTable(e.decisions, e.id)),
        section(t('transactions'), factTable(e.transactions, e.id)),
      ];
    case 'Company':
      return [
        section(t('facts'), factsList([[t('creditCode'), identifier(e.creditCode, e.creditCodeStatus)], [t('status'), e.status], [t('industry'), e.industry], [t('region'), e.regionCode], [t('listed'), e.listed ? t('yes') : t('no')]])),
        section(t('findings'), findingsTable(e.findings)),
        section(t('shareholders'), factTable(e.shareholders, e.id)),
        section(t('ultimateOwners'), ownersTable(e.ultimateOwners)),
        section(t('officers'), factTable(e.officers, e.id)),
        section(t('holdings'), factTable(e.holdings, e.id)),
        section(t('decisions'), factTable(e.decisions, e.id)),
      ];
    case 'Agency':
      return [
        section(t('facts'), factsList([[t('region'), e.regionCode], [t('industry'), e.sectors.join(', ')]])),
        section(t('staff'), factTable(e.staff, e.id)),
        section(t('decisions'), factTable(e.decisions, e.id)),
      ];
    case 'Decision':
      return [
        section(t('facts'), factsList([[t('kind'), word(e.kind, 'decisionKind')], [t('amount'), `${amount(e.amount)} ${e.currency ?? ''}`.trim()], [t('appliedDate'), e.appliedDate], [t('decidedDate'), e.decidedDate], [t('method'), word(e.method, 'method')], [t('bidders'), e.bidders]])),
        section(t('issuedBy'), factTable(e.issuedBy, e.id)),
        section(t('beneficiaries'), factTable(e.beneficiaries, e.id)),
        section(t('participants'), factTable(e.participants, e.id)),
        section(t('tenders'), factTable(e.tenders, e.id)),
      ];
  }
}

/** An entity's page: its facts with their sources, grouped as an investigator reads them, and its neighbourhood drawn. */
export async function renderEntity(view: HTMLElement, id: string): Promise<void> {
  show(view, loading());
  let entity: Entity | null | undefined;
  try {
    entity = (await request(EntityQuery, { id })).entity;
  } catch (error) {
    show(view, errorBox(error));
    return;
  }
  if (!entity) {
    show(view, errorBox(new Error(`${t('notFound')}: ${id}`)));
    return;
  }
  const e = entity;
  const header = h('div', { class: 'entity-head' },
    h('h1', {}, h('span', { class: `type ${e.__typename.toLowerCase()}` }, t(e.__typename.toLowerCase() as 'person')), ' ', e.__typename === 'Decision' ? e.title ?? e.id : e.name),
    h('div', { class: 'actions' },
      h('code', { class: 'muted' }, e.id), ' ',
      h('a', { href: route(`/network/${e.id}`) }, t('openNetwork')), ' · ',
      h('a', { href: route(`/paths?from=${e.id}`) }, t('findPathsFrom')),
      e.__typename !== 'Decision' ? [' ', watchButton(e.id)] : null));
  const graphBox = h('div', { class: 'graph small-graph' });
  show(view, header, section(t('navNetwork'), h('p', { class: 'muted small' }, t('expandHint')), graphBox), ...entitySections(e));
  const timeline = view.querySelector<HTMLElement>('#person-timeline');
  if (timeline && e.__typename === 'Person') drawTimeline(timeline, personBars(e));
  const graph = new GraphView(graphBox, ({ entity: picked }) => { if (picked && picked.id !== e.id) location.hash = `/entity/${picked.id}`; }, (node) => void drawNetwork(graph, node, { hops: 1, via: [], asOf: null }));
  await drawNetwork(graph, e.id, { hops: 1, via: [], asOf: null }, [e.id]);
}
