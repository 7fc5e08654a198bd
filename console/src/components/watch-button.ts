import { request } from '../api';
import { graphql } from '../generated/gql';
import { t } from '../i18n';
import { h } from './dom';

const WatchesQuery = graphql(`
  query Watches { watches { entity kind name createdAt } }
`);

const WatchMutation = graphql(`
  mutation Watch($entity: ID!) { watch(entity: $entity) { entity } }
`);

const UnwatchMutation = graphql(`
  mutation Unwatch($entity: ID!) { unwatch(entity: $entity) }
`);

/** The caller's watches (the inbox lists them; the button asks whether its entity is among them). */
export async function watches() {
  return (await request(WatchesQuery)).watches;
}

/** Watch / unwatch for a person's, company's or agency's page; a role that may not watch gets no button. */
export function watchButton(entity: string): HTMLElement {
  const button = h('button', { type: 'button', class: 'watch', 'data-action': 'watch', disabled: true }, t('watch'));
  let watched = false;
  const draw = () => {
    button.textContent = watched ? `★ ${t('watching')} · ${t('unwatch')}` : `☆ ${t('watch')}`;
    button.classList.toggle('on', watched);
  };
  watches().then((list) => {
    watched = list.some((w) => w.entity === entity);
    button.disabled = false;
    draw();
  }, () => button.remove());
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      if (watched) await request(UnwatchMutation, { entity });
      else await request(WatchMutation, { entity });
      watched = !watched;
      draw();
    } catch (error) {
      button.title = error instanceof Error ? error.message : String(error);
    } finally {
      button.disabled = false;
    }
  });
  return button;
}
