import { addToCase } from '../components/add-to-case';
import { errorBox, h, loading, route, show } from '../components/dom';
import { entityLink } from '../components/entities';
import { searchHits, type SearchHit } from '../components/entity-search';
import { t } from '../i18n';

const typeWords = { Person: 'person', Company: 'company', Agency: 'agency', Decision: 'decision' } as const;

const fieldWords = {
  NAME: 'searchFieldName',
  IDENTITY_NUMBER: 'searchFieldIdentityNumber',
  CREDIT_CODE: 'searchFieldCreditCode',
  PHONE: 'searchFieldPhone',
  ADDRESS: 'searchFieldAddress',
} as const;

const matchWords = { EXACT: 'searchMatchExact', PREFIX: 'searchMatchPrefix', SUBSTRING: 'searchMatchSubstring' } as const;

/** Why the hit matched, as badges: the field and the tier, then the field's text when it is not the name shown beside. */
function reason(hit: SearchHit): HTMLElement {
  const match = hit.match.toLowerCase();
  return h('span', { class: 'reason', 'data-field': hit.field.toLowerCase(), 'data-match': match },
    h('span', { class: `badge match-${match}` }, `${t(fieldWords[hit.field])} · ${t(matchWords[hit.match])}`),
    hit.field !== 'NAME' ? h('span', { class: 'matched muted' }, ' ', hit.text) : null);
}

/** One hit: kind, link, id, the marks that ranked it, the reason; `extra` is where other parts add their actions. */
function hitItem(hit: SearchHit): HTMLElement {
  const e = hit.entity;
  return h('li', { 'data-id': 'id' in e ? e.id : '' },
    h('span', { class: `type ${e.__typename.toLowerCase()}` }, t(typeWords[e.__typename])), ' ',
    entityLink(e), ' ',
    hit.withFindings ? h('span', { class: 'badge mark-findings', title: t('searchWithFindingsHint') }, t('searchWithFindings')) : null,
    hit.official ? h('span', { class: 'badge mark-official' }, t('searchOfficial')) : null, ' ',
    reason(hit), ' ',
    h('code', { class: 'muted' }, 'id' in e ? e.id : ''), ' ',
    e.__typename !== 'Decision' ? h('a', { class: 'small', href: route(`/network/${e.id}`) }, t('openNetwork')) : null,
    h('span', { class: 'extra' }, e.__typename !== 'Decision' ? addToCase({ entities: [e.id] }) : null));
}

/** The search box and its ranked results: people, companies and agencies by name, identifier, phone or address. */
export async function renderSearch(view: HTMLElement, params: URLSearchParams): Promise<void> {
  const query = params.get('q') ?? '';
  const input = h('input', { type: 'search', name: 'q', value: query, placeholder: t('searchPlaceholderRanked'), size: 50, autofocus: true });
  const form = h('form', { class: 'searchbar' }, input, ' ', h('button', { type: 'submit' }, t('searchButton')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = `/search?q=${encodeURIComponent(input.value.trim())}`;
  });
  const results = h('div', { class: 'results' });
  show(view, h('section', { class: 'card' }, h('h2', {}, t('navSearch')), form, h('p', { class: 'muted small' }, t('searchRankingHint')), results));
  input.focus();
  if (!query) return;
  show(results, loading());
  try {
    const found = await searchHits(query);
    if (found.length === 0) {
      show(results, h('p', { class: 'muted' }, t('searchNone')));
      return;
    }
    show(results, h('ul', { class: 'hits ranked' }, found.map(hitItem)));
  } catch (error) {
    show(results, errorBox(error));
  }
}
