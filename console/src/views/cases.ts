// The case list: filters by status, assignee and title; the list as CSV or Excel; a new case.

import { request } from '../api';
import { exportButtons } from '../components/case-export';
import { errorBox, h, loading, route, show } from '../components/dom';
import { graphql } from '../generated/gql';
import type { CaseFilter, CaseStatus } from '../generated/gql/graphql';
import { t } from '../i18n';
import { caseStatusBadge, caseStatuses, dateTime } from './case-page';

const CasesQuery = graphql(`
  query Cases($where: CaseFilter, $after: String) {
    cases(first: 50, after: $after, where: $where) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id title status assignees findingCount entityCount updatedAt triageCounts { status count } }
    }
  }
`);

const NewCaseMutation = graphql(`
  mutation NewCase($title: String!, $description: String) {
    openCase(title: $title, description: $description) { id }
  }
`);

export async function renderCases(view: HTMLElement, params: URLSearchParams): Promise<void> {
  const state = { status: params.get('status') ?? '', assignee: params.get('assignee') ?? '', title: params.get('title') ?? '' };
  const where: CaseFilter = {};
  if (state.status) where.status = state.status.split(',').map((s) => s.toUpperCase() as CaseStatus);
  if (state.assignee) where.assignee = state.assignee;
  if (state.title) where.title = state.title;

  const status = h('select', { name: 'status' }, h('option', { value: '' }, t('all')),
    caseStatuses.map((s) => h('option', { value: s, selected: s === state.status }, t(`caseStatus_${s}`))));
  const assignee = h('input', { name: 'assignee', value: state.assignee, size: 14 });
  const title = h('input', { name: 'title', value: state.title, size: 20 });
  const filters = h('form', { class: 'filters' },
    h('label', {}, t('caseStatus'), ' ', status), ' ', h('label', {}, t('caseAssignees'), ' ', assignee), ' ',
    h('label', {}, t('caseTitle'), ' ', title), ' ', h('button', { type: 'submit' }, t('filter')));
  filters.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = `/cases?${new URLSearchParams({ status: status.value, assignee: assignee.value.trim(), title: title.value.trim() })}`;
  });

  const newTitle = h('input', { name: 'newTitle', size: 30, required: true, placeholder: t('caseTitle') });
  const newDescription = h('input', { name: 'newDescription', size: 40, placeholder: t('caseDescription') });
  const newStatus = h('span', {});
  const create = h('form', { class: 'inline', 'data-form': 'new-case' }, h('strong', {}, t('caseNew')), ' ', newTitle, ' ', newDescription, ' ', h('button', { type: 'submit' }, t('caseOpen')), ' ', newStatus);
  create.addEventListener('submit', (event) => {
    event.preventDefault();
    request(NewCaseMutation, { title: newTitle.value.trim(), description: newDescription.value.trim() || null })
      .then((d) => { location.hash = `/cases/${d.openCase.id}`; }, (error) => show(newStatus, errorBox(error)));
  });

  const body = h('div', {}, loading());
  show(view, h('section', { class: 'card' }, h('h2', {}, t('cases')), create, filters, exportButtons(params), body));
  try {
    const data = await request(CasesQuery, { where, after: params.get('after') || null });
    if (data.cases.nodes.length === 0) {
      show(body, h('p', { class: 'muted' }, t('caseNone')));
      return;
    }
    const count = (c: (typeof data.cases.nodes)[number], s: string) => c.triageCounts.find((x) => x.status.toLowerCase() === s)?.count ?? 0;
    show(body,
      h('p', { class: 'pager' }, `${t('total')} ${data.cases.totalCount} ${t('items')}`, ' ',
        data.cases.pageInfo.hasNextPage ? h('a', { href: '#/cases?' + new URLSearchParams({ ...state, after: data.cases.pageInfo.endCursor ?? '' }) }, `${t('next')} »`) : null),
      h('table', { class: 'cases' },
        h('thead', {}, h('tr', {}, ['ID', t('caseTitle'), t('caseStatus'), t('caseAssignees'), t('caseFindingCount'), t('confirmed'), t('open'), t('caseEntityCount'), t('caseUpdated')].map((c) => h('th', {}, c)))),
        h('tbody', {}, data.cases.nodes.map((c) => h('tr', { 'data-case': c.id },
          h('td', {}, h('code', {}, c.id)),
          h('td', {}, h('a', { href: route(`/cases/${c.id}`), class: 'case-link' }, c.title)),
          h('td', {}, caseStatusBadge(c.status)),
          h('td', {}, c.assignees.join('、')),
          h('td', { class: 'num' }, c.findingCount),
          h('td', { class: 'num' }, count(c, 'confirmed')),
          h('td', { class: 'num' }, count(c, 'open')),
          h('td', { class: 'num' }, c.entityCount),
          h('td', {}, dateTime(c.updatedAt)))))));
  } catch (error) {
    show(body, errorBox(error));
  }
}
