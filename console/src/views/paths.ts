import { request } from '../api';
import { detailPanel } from '../components/detail-panel';
import { errorBox, h, loading, show } from '../components/dom';
import { type EntityRef, entityLabel, entityLink } from '../components/entities';
import { searchEntities } from '../components/entity-search';
import { factToLink, sourceList } from '../components/facts';
import { dayInput, validity } from '../components/format';
import { GraphView } from '../components/graph';
import { graphql } from '../generated/gql';
import { isLinkKind, linkKind, linkKinds, t, word } from '../i18n';

const PathsQuery = graphql(`
  query Paths($from: ID!, $to: ID!, $asOf: Date, $maxHops: Int, $via: [LinkKind!]) {
    paths(from: $from, to: $to, asOf: $asOf, maxHops: $maxHops, via: $via, maxPaths: 20) {
      truncated
      paths { nodes { ...EntityRef } links { ...FactFields } }
    }
  }
`);

const idPattern = /^[pcad]_\d+$/;

/** An id as typed, or the single entity a name finds; otherwise the candidates to choose from. */
async function resolve(text: string): Promise<{ id?: string; candidates: EntityRef[] }> {
  const trimmed = text.trim();
  if (idPattern.test(trimmed)) return { id: trimmed, candidates: [] };
  const inParentheses = /\(([pcad]_\d+)\)\s*$/.exec(trimmed);
  if (inParentheses) return { id: inParentheses[1], candidates: [] };
  const found = (await searchEntities(trimmed, 10)).filter((e) => e.__typename !== 'Decision');
  return found.length === 1 ? { id: found[0].id, candidates: [] } : { candidates: found };
}

/** Path finder: two entities and a day → every simple path drawn, each link with its kind, validity and source. */
export async function renderPaths(view: HTMLElement, params: URLSearchParams): Promise<void> {
  const from = h('input', { name: 'from', value: params.get('from') ?? '', placeholder: `${t('name')} / p_…`, size: 28, required: true });
  const to = h('input', { name: 'to', value: params.get('to') ?? '', placeholder: `${t('name')} / c_…`, size: 28, required: true });
  const asOf = dayInput('asOf', params.get('asOf') ?? '');
  const maxHops = h('input', { type: 'number', name: 'maxHops', min: 1, max: 6, value: params.get('maxHops') ?? '4' });
  const via = (params.get('via') ?? '').split(',').filter(isLinkKind);
  const boxes = linkKinds.map((k) => h('label', { class: 'check' }, h('input', { type: 'checkbox', value: k, checked: via.includes(k) }), linkKind(k)));
  const form = h('form', { class: 'filters' },
    h('label', {}, t('from'), ' ', from), ' ',
    h('label', {}, t('to'), ' ', to), ' ',
    h('label', {}, t('asOf'), ' ', asOf), ' ',
    h('label', {}, t('maxHops'), ' ', maxHops), ' ',
    h('button', { type: 'submit' }, t('findPaths')),
    h('fieldset', {}, h('legend', {}, t('linkKinds')), boxes));
  const result = h('div', {});
  show(view, h('section', { class: 'card' }, h('h2', {}, t('navPaths')), form, result));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = boxes.map((b) => b.querySelector('input')!).filter((i) => i.checked).map((i) => i.value);
    location.hash = `/paths?${new URLSearchParams({ from: from.value.trim(), to: to.value.trim(), asOf: asOf.value, maxHops: maxHops.value, via: chosen.join(',') })}`;
  });
  if (!params.get('from') || !params.get('to')) return;

  show(result, loading());
  try {
    const [a, b] = await Promise.all([resolve(from.value), resolve(to.value)]);
    if (!a.id || !b.id) {
      const choose = (which: 'from' | 'to', candidates: EntityRef[]) => h('div', {}, h('strong', {}, `${t(which)}: ${t('choose')}`),
        candidates.length === 0 ? h('p', { class: 'muted' }, t('searchNone')) : h('ul', {}, candidates.map((c) => {
          const next = new URLSearchParams(params);
          next.set(which, c.id);
          return h('li', {}, h('a', { href: `#/paths?${next}` }, `${entityLabel(c)} (${c.id})`));
        })));
      show(result, !a.id ? choose('from', a.candidates) : null, !b.id ? choose('to', b.candidates) : null);
      return;
    }
    const data = await request(PathsQuery, { from: a.id, to: b.id, asOf: asOf.value || null, maxHops: Number(maxHops.value) || 4, via: via.length ? via : null });
    const found = data.paths.paths;
    if (found.length === 0) {
      show(result, h('p', { class: 'muted', 'data-paths': '0' }, t('noPaths')));
      return;
    }
    const graphBox = h('div', { class: 'graph big-graph' });
    const panel = h('aside', { class: 'panel' });
    show(result,
      data.paths.truncated ? h('p', { class: 'muted' }, t('pathsTruncated')) : null,
      h('div', { class: 'split' }, graphBox, panel),
      h('ol', { class: 'paths', 'data-paths': found.length }, found.map((p) => h('li', {},
        p.nodes.map((n, i) => [
          i > 0 ? h('span', { class: 'hop' }, ` —${linkKind(p.links[i - 1].kind)}${p.links[i - 1].detail ? ` (${word(p.links[i - 1].detail)})` : ''}, ${validity(p.links[i - 1].validFrom, p.links[i - 1].validTo)} `, sourceList(p.links[i - 1].sources), '→ ') : null,
          entityLink(n),
        ])))));
    const labels = new Map<string, EntityRef>(found.flatMap((p) => p.nodes.map((n) => [n.id, n] as const)));
    const graph = new GraphView(graphBox, detailPanel(panel, labels));
    graph.add([...labels.values()], found.flatMap((p) => p.links.map(factToLink)), { focus: [a.id, b.id], evidence: true });
  } catch (error) {
    show(result, errorBox(error));
  }
}
