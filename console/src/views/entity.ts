import { type EntityRef, type Fact, entityFields, factFields, gql } from '../api';
import { GraphView } from '../graph';
import { t, word } from '../i18n';
import { amount, entityLink, errorBox, factTable, h, loading, route, section, severityBadge, share, show, sourceList, statusBadge, validity } from '../ui';
import { drawNetwork } from './network';

interface FindingLine {
  id: string;
  rule: string;
  severity: string;
  triageStatus: string;
  active: boolean;
  relations: string[];
  official: { id: string; name: string } | null;
  company: { id: string; name: string } | null;
}

interface Relative {
  person: { id: string; name: string };
  relation: string;
  validFrom: string | null;
  validTo: string | null;
  links: { sources: Fact['sources'] }[];
}

interface Owner {
  person: { id: string; name: string };
  share: number;
  chains: { to: EntityRef }[][];
}

type Entity = EntityRef & Record<string, unknown>;

const findingLine = 'id rule severity triageStatus active relations official { id name } company { id name }';

const entityQuery = `query Entity($id: ID!) {
  entity(id: $id) {
    __typename
    ... on Person {
      id name idNumber idNumberStatus birthDate gender
      positions { ${factFields} }
      relatives { person { id name } relation validFrom validTo links { sources { bundle file line } } }
      holdings { ${factFields} }
      roles { ${factFields} }
      decisions { ${factFields} }
      transactions { ${factFields} }
      findings { ${findingLine} }
    }
    ... on Company {
      id name creditCode creditCodeStatus listed regionCode industry status
      shareholders { ${factFields} }
      holdings { ${factFields} }
      officers { ${factFields} }
      ultimateOwners { person { id name } share chains { to { ${entityFields} } } }
      decisions { ${factFields} }
      findings { ${findingLine} }
    }
    ... on Agency {
      id name regionCode sectors
      staff { ${factFields} }
      decisions { ${factFields} }
    }
    ... on Decision {
      id kind title amount currency appliedDate decidedDate method bidders
      issuedBy { ${factFields} }
      beneficiaries { ${factFields} }
      participants { ${factFields} }
      tenders { ${factFields} }
    }
  }
}`;

export function findingsTable(findings: FindingLine[]): HTMLElement {
  if (findings.length === 0) return h('p', { class: 'muted' }, t('none'));
  return h('table', { class: 'findings' },
    h('thead', {}, h('tr', {}, [t('rule'), t('severity'), t('official'), t('company'), t('relations'), t('triage'), ''].map((c) => h('th', {}, c)))),
    h('tbody', {}, findings.map((f) => h('tr', { 'data-finding': f.id, class: f.active ? '' : 'inactive' },
      h('td', {}, h('a', { href: route(`/finding/${f.id}`), class: 'finding-link' }, f.rule)),
      h('td', {}, severityBadge(f.severity)),
      h('td', {}, f.official ? h('a', { href: route(`/entity/${f.official.id}`) }, f.official.name) : ''),
      h('td', {}, f.company ? h('a', { href: route(`/entity/${f.company.id}`) }, f.company.name) : ''),
      h('td', {}, f.relations.join(', ')),
      h('td', {}, statusBadge(f.triageStatus), f.active ? '' : h('span', { class: 'muted' }, ` (${t('resolved')})`)),
      h('td', {}, h('a', { href: route(`/finding/${f.id}`) }, '→'))))));
}

function factsList(rows: [string, unknown][]): HTMLElement {
  return h('dl', { class: 'props' }, rows.filter(([, v]) => v !== null && v !== undefined && v !== '').flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, String(v))]));
}

function relativesTable(relatives: Relative[]): HTMLElement {
  if (relatives.length === 0) return h('p', { class: 'muted' }, t('none'));
  return h('table', { class: 'facts' },
    h('thead', {}, h('tr', {}, [t('name'), t('detail'), t('validity'), t('sources')].map((c) => h('th', {}, c)))),
    h('tbody', {}, relatives.map((r) => h('tr', {},
      h('td', {}, h('a', { href: route(`/entity/${r.person.id}`) }, r.person.name)),
      h('td', {}, r.relation),
      h('td', { class: 'nowrap' }, validity(r.validFrom, r.validTo)),
      h('td', {}, sourceList(r.links.flatMap((l) => l.sources)))))));
}

function ownersTable(owners: Owner[]): HTMLElement {
  if (owners.length === 0) return h('p', { class: 'muted' }, t('none'));
  return h('table', { class: 'facts' },
    h('thead', {}, h('tr', {}, [t('name'), t('share'), t('path')].map((c) => h('th', {}, c)))),
    h('tbody', {}, owners.map((o) => h('tr', {},
      h('td', {}, h('a', { href: route(`/entity/${o.person.id}`) }, o.person.name)),
      h('td', { class: 'num' }, share(o.share)),
      h('td', {}, o.chains.map((chain) => h('div', {}, chain.map((link) => link.to).map((e, i) => [i ? ' → ' : '', entityLink(e)]))))))));
}

/** An entity's page: its facts with their sources, grouped as an investigator reads them, and its neighbourhood drawn. */
export async function renderEntity(view: HTMLElement, id: string): Promise<void> {
  show(view, loading());
  let entity: Entity | null;
  try {
    entity = (await gql<{ entity: Entity | null }>(entityQuery, { id })).entity;
  } catch (error) {
    show(view, errorBox(error));
    return;
  }
  if (!entity) {
    show(view, errorBox(new Error(`${t('notFound')}: ${id}`)));
    return;
  }
  const e = entity as Entity & Record<string, never>;
  const facts = (key: string) => (e[key] ?? []) as Fact[];
  const header = h('div', { class: 'entity-head' },
    h('h1', {}, h('span', { class: `type ${e.__typename.toLowerCase()}` }, t(e.__typename.toLowerCase() as 'person')), ' ', String(e.name ?? e.title ?? e.id)),
    h('div', { class: 'actions' },
      h('code', { class: 'muted' }, e.id), ' ',
      h('a', { href: route(`/network/${e.id}`) }, t('openNetwork')), ' · ',
      h('a', { href: route(`/paths?from=${e.id}`) }, t('findPathsFrom'))));
  const graphBox = h('div', { class: 'graph small-graph' });
  const parts: HTMLElement[] = [header];
  switch (e.__typename) {
    case 'Person':
      parts.push(section(t('facts'), factsList([[t('idNumber'), `${e.idNumber ?? ''} ${e.idNumberStatus && e.idNumberStatus !== 'VALID' ? `(${word((e.idNumberStatus as string).toLowerCase())})` : ''}`.trim()], [t('birthDate'), e.birthDate], [t('gender'), word((e.gender as string | null)?.toLowerCase())]])));
      parts.push(section(t('findings'), findingsTable(e.findings as unknown as FindingLine[])));
      parts.push(section(t('positions'), factTable(facts('positions'), e.id)));
      parts.push(section(t('relatives'), relativesTable(e.relatives as unknown as Relative[])));
      parts.push(section(t('holdings'), factTable(facts('holdings'), e.id)));
      parts.push(section(t('roles'), factTable(facts('roles'), e.id)));
      parts.push(section(t('decisions'), factTable(facts('decisions'), e.id)));
      parts.push(section(t('transactions'), factTable(facts('transactions'), e.id)));
      break;
    case 'Company':
      parts.push(section(t('facts'), factsList([[t('creditCode'), `${e.creditCode ?? ''} ${e.creditCodeStatus && e.creditCodeStatus !== 'VALID' ? `(${word((e.creditCodeStatus as string).toLowerCase())})` : ''}`.trim()], [t('status'), e.status], [t('industry'), e.industry], [t('region'), e.regionCode], [t('listed'), e.listed ? t('yes') : t('no')]])));
      parts.push(section(t('findings'), findingsTable(e.findings as unknown as FindingLine[])));
      parts.push(section(t('shareholders'), factTable(facts('shareholders'), e.id)));
      parts.push(section(t('ultimateOwners'), ownersTable(e.ultimateOwners as unknown as Owner[])));
      parts.push(section(t('officers'), factTable(facts('officers'), e.id)));
      parts.push(section(t('holdings'), factTable(facts('holdings'), e.id)));
      parts.push(section(t('decisions'), factTable(facts('decisions'), e.id)));
      break;
    case 'Agency':
      parts.push(section(t('facts'), factsList([[t('region'), e.regionCode], [t('industry'), (e.sectors as unknown as string[]).join(', ')]])));
      parts.push(section(t('staff'), factTable(facts('staff'), e.id)));
      parts.push(section(t('decisions'), factTable(facts('decisions'), e.id)));
      break;
    case 'Decision':
      parts.push(section(t('facts'), factsList([[t('kind'), e.kind], [t('amount'), `${amount(e.amount as string)} ${e.currency ?? ''}`.trim()], ['applied', e.appliedDate], ['decided', e.decidedDate], ['method', word((e.method as string | null)?.toLowerCase())], ['bidders', e.bidders]])));
      parts.push(section(t('issuedBy'), factTable(facts('issuedBy'), e.id)));
      parts.push(section(t('beneficiaries'), factTable(facts('beneficiaries'), e.id)));
      parts.push(section(t('participants'), factTable(facts('participants'), e.id)));
      parts.push(section(t('tenders'), factTable(facts('tenders'), e.id)));
      break;
  }
  parts.splice(1, 0, section(t('navNetwork'), h('p', { class: 'muted small' }, t('expandHint')), graphBox));
  show(view, ...parts);
  const graph = new GraphView(graphBox, ({ entity: picked }) => { if (picked && picked.id !== e.id) location.hash = `/entity/${picked.id}`; }, (node) => void drawNetwork(graph, node, { hops: 1, via: [], asOf: null }));
  await drawNetwork(graph, e.id, { hops: 1, via: [], asOf: null }, [e.id]);
}
