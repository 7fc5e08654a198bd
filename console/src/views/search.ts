import { addToCase } from '../components/add-to-case';
import { errorBox, h, loading, route, show } from '../components/dom';
import { entityLink } from '../components/entities';
import { searchEntities } from '../components/entity-search';
import { t } from '../i18n';

const typeWords = { Person: 'person', Company: 'company', Agency: 'agency', Decision: 'decision' } as const;

/** The search box and its results: people, companies and agencies by name or identifier. */
export async function renderSearch(view: HTMLElement, params: URLSearchParams): Promise<void> {
  const query = params.get('q') ?? '';
  const input = h('input', { type: 'search', name: 'q', value: query, placeholder: t('searchPlaceholder'), size: 50, autofocus: true });
  const form = h('form', { class: 'searchbar' }, input, ' ', h('button', { type: 'submit' }, t('searchButton')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = `/search?q=${encodeURIComponent(input.value.trim())}`;
  });
  const results = h('div', { class: 'results' });
  show(view, h('section', { class: 'card' }, h('h2', {}, t('navSearch')), form, results));
  input.focus();
  if (!query) return;
  show(results, loading());
  try {
    const found = await searchEntities(query);
    if (found.length === 0) {
      show(results, h('p', { class: 'muted' }, t('searchNone')));
      return;
    }
    show(results, h('ul', { class: 'hits' }, found.map((e) => h('li', {},
      h('span', { class: `type ${e.__typename.toLowerCase()}` }, t(typeWords[e.__typename])), ' ',
      entityLink(e), ' ',
      h('code', { class: 'muted' }, e.id), ' ',
      e.__typename !== 'Decision' ? h('a', { class: 'small', href: route(`/network/${e.id}`) }, t('openNetwork')) : null, ' ',
      e.__typename !== 'Decision' ? addToCase({ entities: [e.id] }) : null))));
  } catch (error) {
    show(results, errorBox(error));
  }
}
