import { type EntityRef, type Fact, entityFields, entityLabel, factFields, gql } from '../api';
import { type DrawnLink, GraphView, linkCaption } from '../graph';
import { linkKind, linkKinds, t } from '../i18n';
import { entityLink, errorBox, h, show, sourceList } from '../ui';

export interface NetworkFilter {
  hops: number;
  via: string[];
  asOf: string | null;
}

interface NetworkAnswer {
  network: { nodes: EntityRef[]; links: Fact[]; more: { node: { id: string }; kind: string; count: number }[] };
}

const networkQuery = `query Network($id: ID!, $hops: Int, $via: [LinkKind!], $asOf: Date, $cap: Int) {
  network(id: $id, hops: $hops, via: $via, asOf: $asOf, capPerKind: $cap) {
    nodes { ${entityFields} }
    links { ${factFields} }
    more { node { ${entityFields} } kind count }
  }
}`;

export function factToLink(f: Fact): DrawnLink {
  return { kind: f.kind, from: f.from.id, to: f.to.id, detail: f.detail, validFrom: f.validFrom, validTo: f.validTo, share: f.share, amount: f.amount, sources: f.sources };
}

/** Fetches an entity's surroundings and adds them to the picture. */
export async function drawNetwork(graph: GraphView, id: string, filter: NetworkFilter, focus: string[] = []): Promise<void> {
  const data = await gql<NetworkAnswer>(networkQuery, { id, hops: filter.hops, via: filter.via.length ? filter.via : null, asOf: filter.asOf, cap: 15 });
  graph.add(data.network.nodes, data.network.links.map(factToLink), { focus, more: data.network.more.map((m) => ({ node: m.node.id, kind: m.kind, count: m.count })) });
}

/** What was clicked: an entity with a link to its page, or a link with its kind, validity and sources. */
export function detailPanel(panel: HTMLElement, labels: Map<string, EntityRef>) {
  return ({ entity, link }: { entity?: EntityRef; link?: DrawnLink }) => {
    if (entity) {
      show(panel, h('h3', {}, entityLabel(entity)), h('p', {}, entityLink(entity)), h('code', { class: 'muted' }, entity.id));
    } else if (link) {
      const name = (id: string) => (labels.get(id) ? entityLabel(labels.get(id)!) : id);
      show(panel,
        h('h3', {}, linkKind(link.kind)),
        h('p', {}, `${name(link.from)} → ${name(link.to)}`),
        h('p', {}, linkCaption(link)),
        link.sources ? h('p', {}, t('sources'), ': ', sourceList(link.sources)) : null);
    }
  };
}

/** The network view: expand a node, filter by link kind and date, "and N more" on large degrees. */
export async function renderNetwork(view: HTMLElement, id: string, params: URLSearchParams): Promise<void> {
  const filter: NetworkFilter = {
    hops: Math.min(3, Math.max(1, Number(params.get('hops') ?? '1') || 1)),
    via: (params.get('via') ?? '').split(',').filter((k) => linkKinds.includes(k)),
    asOf: params.get('asOf') || null,
  };
  const boxes = linkKinds.map((k) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'via', value: k, checked: filter.via.includes(k) }), linkKind(k)));
  const asOf = h('input', { type: 'date', name: 'asOf', value: filter.asOf ?? '' });
  const hops = h('input', { type: 'number', name: 'hops', min: 1, max: 3, value: filter.hops });
  const form = h('form', { class: 'filters' },
    h('fieldset', {}, h('legend', {}, t('linkKinds')), boxes),
    h('label', {}, t('asOf'), ' ', asOf), ' ',
    h('label', {}, t('hops'), ' ', hops), ' ',
    h('button', { type: 'submit' }, t('apply')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const via = boxes.map((b) => b.querySelector('input')!).filter((i) => i.checked).map((i) => i.value);
    const query = new URLSearchParams({ hops: hops.value, via: via.join(','), asOf: asOf.value });
    location.hash = `/network/${encodeURIComponent(id)}?${query}`;
  });
  const graphBox = h('div', { class: 'graph big-graph' });
  const panel = h('aside', { class: 'panel' }, h('p', { class: 'muted' }, t('expandHint')));
  const status = h('div', {});
  show(view, h('section', { class: 'card' }, h('h2', {}, t('navNetwork')), form, status, h('div', { class: 'split' }, graphBox, panel)));
  const labels = new Map<string, EntityRef>();
  const graph = new GraphView(graphBox, detailPanel(panel, labels), (node) => void drawNetwork(graph, node, { ...filter, hops: 1 }).catch((error) => show(status, errorBox(error))));
  graph.cy.on('add', 'node', (event) => { const e = event.target.data('entity') as EntityRef | undefined; if (e) labels.set(e.id, e); });
  try {
    await drawNetwork(graph, id, filter, [id]);
  } catch (error) {
    show(status, errorBox(error));
  }
}
