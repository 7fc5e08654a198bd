import { request } from '../api';
import { errorBox, h, loading, route, section, show } from '../components/dom';
import { dateTime } from '../components/format';
import { watches } from '../components/watch-button';
import { graphql } from '../generated/gql';
import { t, word } from '../i18n';

const NotificationsQuery = graphql(`
  query Notifications($unread: Boolean, $first: Int) {
    notifications(unread: $unread, first: $first) {
      totalCount unreadCount
      items { id kind entity finding title createdAt readAt }
    }
  }
`);

const UnreadQuery = graphql(`
  query UnreadNotifications { notifications(unread: true, first: 1) { unreadCount } }
`);

const MarkReadMutation = graphql(`
  mutation MarkRead($ids: [ID!], $all: Boolean) { markRead(ids: $ids, all: $all) }
`);

const WebhooksQuery = graphql(`
  query Webhooks { webhooks { id url createdAt deliveries(first: 5) { id notification status attempts lastStatus lastError lastAttemptAt } } }
`);

const AddWebhookMutation = graphql(`
  mutation AddWebhook($url: String!, $secret: String!) { addWebhook(url: $url, secret: $secret) { id } }
`);

const RemoveWebhookMutation = graphql(`
  mutation RemoveWebhook($id: ID!) { removeWebhook(id: $id) }
`);

/** How many of the caller's notifications are unread (the bar's badge); null when the role has no inbox. */
export async function unreadCount(): Promise<number | null> {
  try {
    return (await request(UnreadQuery)).notifications.unreadCount;
  } catch {
    return null;
  }
}

const entityRoute = (id: string) => route(`/entity/${id}`);

/** The inbox: the caller's notifications newest first, read and unread; their watches; their webhooks with the delivery log. */
export async function renderNotifications(view: HTMLElement, params: URLSearchParams): Promise<void> {
  const unreadOnly = params.get('unread') === '1';
  show(view, loading());
  try {
    const [{ notifications }, watched, hooks] = await Promise.all([
      request(NotificationsQuery, { unread: unreadOnly ? true : null, first: 100 }),
      watches(),
      loadHooks().catch(() => []),
    ]);
    const markAll = h('button', { type: 'button', 'data-action': 'mark-all-read', disabled: notifications.unreadCount === 0 }, t('notificationsMarkAllRead'));
    markAll.addEventListener('click', async () => {
      await request(MarkReadMutation, { all: true });
      await renderNotifications(view, params);
    });
    const rows = notifications.items.map((n) => {
      const mark = n.readAt ? null : h('button', { type: 'button', class: 'link', 'data-action': 'mark-read', onclick: async () => {
        await request(MarkReadMutation, { ids: [n.id] });
        await renderNotifications(view, params);
      } }, t('notificationsMarkRead'));
      return h('tr', { class: n.readAt ? 'read' : 'unread', 'data-id': n.id },
        h('td', {}, dateTime(n.createdAt)),
        h('td', {}, h('span', { class: `badge kind-${n.kind.toLowerCase()}` }, word(n.kind, 'notification'))),
        h('td', {}, n.finding ? h('a', { href: route(`/finding/${n.finding}`) }, n.title) : h('a', { href: entityRoute(n.entity) }, n.title)),
        h('td', {}, h('a', { href: entityRoute(n.entity) }, h('code', {}, n.entity))),
        h('td', {}, mark));
    });
    show(view,
      h('h1', {}, t('notificationsTitle'), ' ', h('span', { class: 'badge unread-count' }, `${notifications.unreadCount} ${t('notificationsUnread')}`)),
      h('p', { class: 'muted' }, t('notificationsHelp')),
      h('p', {},
        h('a', { href: route(unreadOnly ? '/notifications' : '/notifications?unread=1') }, unreadOnly ? '« ' + t('notificationsTitle') : t('notificationsUnreadOnly')), ' ',
        markAll),
      rows.length
        ? h('table', { class: 'notifications' }, h('tbody', {}, rows))
        : h('p', { class: 'muted' }, t('notificationsNone')),
      section(t('watchesTitle'), watched.length
        ? h('ul', { class: 'watches' }, watched.map((w) => h('li', {}, h('a', { href: entityRoute(w.entity) }, w.name ?? w.entity), ' ',
          h('span', { class: 'muted' }, dateTime(w.createdAt)))))
        : h('p', { class: 'muted' }, t('watchesNone'))),
      webhooksSection(view, params, hooks));
  } catch (error) {
    show(view, errorBox(error));
  }
}


function webhooksSection(view: HTMLElement, params: URLSearchParams, hooks: Awaited<ReturnType<typeof loadHooks>>): HTMLElement {
  const url = h('input', { type: 'url', name: 'url', required: true, size: 40, placeholder: 'https://' });
  const secret = h('input', { type: 'password', name: 'secret', required: true, minlength: 16, size: 24 });
  const problem = h('p', { class: 'error' });
  const form = h('form', { class: 'webhook-add' }, h('label', {}, t('webhookUrl'), ' ', url), ' ', h('label', {}, t('webhookSecret'), ' ', secret), ' ',
    h('button', { type: 'submit' }, t('webhookAdd')), problem);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await request(AddWebhookMutation, { url: url.value.trim(), secret: secret.value });
      await renderNotifications(view, params);
    } catch (error) {
      problem.textContent = error instanceof Error ? error.message : String(error);
    }
  });
  return section(t('webhooksTitle'), h('p', { class: 'muted' }, t('webhooksHelp')),
    hooks.length ? hooks.map((hook) => h('div', { class: 'webhook' },
      h('p', {}, h('code', {}, hook.url), ' ', h('span', { class: 'muted' }, dateTime(hook.createdAt)), ' ',
        h('button', { type: 'button', class: 'link', onclick: async () => {
          await request(RemoveWebhookMutation, { id: hook.id });
          await renderNotifications(view, params);
        } }, t('webhookRemove'))),
      hook.deliveries.length ? h('table', { class: 'deliveries' }, h('caption', {}, t('webhookDeliveries')), h('tbody', {}, hook.deliveries.map((d) => h('tr', {},
        h('td', {}, dateTime(d.lastAttemptAt)), h('td', {}, word(d.status, 'delivery')), h('td', {}, `${t('attempts')}: ${d.attempts}`),
        h('td', {}, d.lastStatus ? `HTTP ${d.lastStatus}` : ''), h('td', { class: 'muted' }, d.lastError ?? ''))))) : null))
      : h('p', { class: 'muted' }, t('webhooksNone')),
    form);
}

function loadHooks() {
  return request(WebhooksQuery).then((d) => d.webhooks);
}
