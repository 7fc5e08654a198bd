// "Add to case": a finding's page, a search hit and the inbox's selection go into an existing case or a new one.

import { request } from '../api';
import { graphql } from '../generated/gql';
import { t } from '../i18n';
import { errorBox, h, route, show } from './dom';

const OpenCasesQuery = graphql(`
  query OpenCases {
    cases(first: 200, where: { status: [OPEN, IN_PROGRESS, REFERRED] }) { nodes { id title } }
  }
`);

const AddToCaseMutation = graphql(`
  mutation AddToCase($case: ID!, $findings: [ID!], $entities: [ID!]) {
    addToCase(case: $case, findings: $findings, entities: $entities) { id title }
  }
`);

const OpenCaseMutation = graphql(`
  mutation OpenCase($title: String!, $findings: [ID!], $entities: [ID!]) {
    openCase(title: $title, findings: $findings, entities: $entities) { id title }
  }
`);

export interface CaseItems {
  findings?: string[];
  entities?: string[];
}

/** A button that opens a small form: choose an open case or title a new one; the items (or what the function gives when
 *  the form is sent) go into it. */
export function addToCase(items: CaseItems | (() => CaseItems)): HTMLElement {
  const select = h('select', { name: 'case' }, h('option', { value: '' }, `— ${t('caseChoose')} —`));
  const title = h('input', { name: 'caseTitle', size: 24, placeholder: t('caseTitle') });
  const status = h('span', { class: 'add-status' });
  const form = h('form', { class: 'inline add-to-case-form' }, select, ' ', h('label', {}, t('caseOrNew'), ' ', title), ' ', h('button', { type: 'submit' }, t('caseSave')), ' ', status);
  const box = h('details', { class: 'add-to-case' }, h('summary', { class: 'button' }, t('caseAddTo')), form);
  let loaded = false;
  box.addEventListener('toggle', () => {
    if (!box.open || loaded) return;
    loaded = true;
    request(OpenCasesQuery).then((data) => {
      for (const c of data.cases.nodes) select.append(h('option', { value: c.id }, `${c.title} (${c.id})`));
    }, (error) => show(status, errorBox(error)));
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = typeof items === 'function' ? items() : items;
    const variables = { findings: chosen.findings ?? [], entities: chosen.entities ?? [] };
    const done = (c: { id: string; title: string }) => show(status, `${t('caseAdded')} `, h('a', { href: route(`/cases/${c.id}`), class: 'case-link' }, `${c.title} (${c.id})`));
    const newTitle = title.value.trim();
    const change = newTitle
      ? request(OpenCaseMutation, { title: newTitle, ...variables }).then((d) => d.openCase)
      : select.value
        ? request(AddToCaseMutation, { case: select.value, ...variables }).then((d) => d.addToCase)
        : Promise.reject(new Error(t('caseChoose')));
    change.then(done, (error) => show(status, errorBox(error)));
  });
  return box;
}
