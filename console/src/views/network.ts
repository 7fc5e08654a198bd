import { detailPanel } from '../components/detail-panel';
import { errorBox, h, show } from '../components/dom';
import type { EntityRef } from '../components/entities';
import { dayInput } from '../components/format';
import { GraphView } from '../components/graph';
import { type NetworkFilter, drawNetwork } from '../components/network';
import { isLinkKind, linkKind, linkKinds, t } from '../i18n';

/** The network view: expand a node, filter by link kind and date, "and N more" on large degrees. */
export async function renderNetwork(view: HTMLElement, id: string, params: URLSearchParams): Promise<void> {
  const filter: NetworkFilter = {
    hops: Math.min(3, Math.max(1, Number(params.get('hops') ?? '1') || 1)),
    via: (params.get('via') ?? '').split(',').filter(isLinkKind),
    asOf: params.get('asOf') || null,
  };
  const boxes = linkKinds.map((k) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'via', value: k, checked: filter.via.includes(k) }), linkKind(k)));
  const asOf = dayInput('asOf', filter.asOf ?? '');
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
