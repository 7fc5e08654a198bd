import { request, signIn, signOut } from '../api';
import { h, show } from '../components/dom';
import { graphql } from '../generated/gql';
import { t } from '../i18n';

// The cheapest question a key can be asked: any valid key may read the root's type name.
const KeyCheckQuery = graphql(`
  query KeyCheck { __typename }
`);

/** Asks for an API key and checks it against the server before keeping it. */
export function renderLogin(view: HTMLElement, done: () => void, failed = false): void {
  const input = h('input', { type: 'password', name: 'key', autocomplete: 'off', placeholder: 'qd_…', size: 60, required: true });
  const message = h('p', { class: 'error', hidden: !failed }, t('signInBad'));
  const form = h('form', { class: 'card login' },
    h('h2', {}, t('signInTitle')),
    h('p', {}, t('signInHelp')),
    h('label', {}, t('signInKey'), ' ', input),
    ' ',
    h('button', { type: 'submit' }, t('signInButton')),
    message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    signIn(input.value);
    try {
      await request(KeyCheckQuery);
      done();
    } catch {
      signOut();
      message.hidden = false;
    }
  });
  show(view, form);
  input.focus();
}
