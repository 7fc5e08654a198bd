import { gql, signIn, signOut } from '../api';
import { t } from '../i18n';
import { h, show } from '../ui';

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
      await gql<{ __typename: string }>('{ __typename }');
      done();
    } catch {
      signOut();
      message.hidden = false;
    }
  });
  show(view, form);
  input.focus();
}
