// The investigator console: hash routes, one view at a time, every view reading /graphql with the
// signed-in key.

import './style.css';
import { adoptKeyFromFragment, currentKey, request, signOut } from './api';
import { h, route, show } from './components/dom';
import { graphql } from './generated/gql';
import { language, switchLanguage, t } from './i18n';
import { renderCaseFile } from './views/case';
import { renderCase } from './views/case-page';
import { renderCasePrint } from './views/case-print';
import { renderCases } from './views/cases';
import { renderEntity } from './views/entity';
import { renderFinding } from './views/finding';
import { renderFindings } from './views/findings';
import { renderIngest } from './views/ingest';
import { renderLogin } from './views/login';
import { renderNetwork } from './views/network';
import { renderNotifications, unreadCount } from './views/notifications';
import { renderPaths } from './views/paths';
import { renderPersonalReport } from './views/personal-report';
import { renderReports } from './views/reports';
import { renderReview } from './views/review';
import { renderSearch } from './views/search';

const bar = document.getElementById('bar')!;

const ViewerQuery = graphql(`
  query Viewer { viewer { role } }
`);

let viewer: { key: string; role: Promise<string | null> } | null = null;

/** The signed-in key's role (asked once a key): admins see the ingest page. */
function viewerRole(): Promise<string | null> {
  const key = currentKey();
  if (!key) return Promise.resolve(null);
  if (viewer?.key !== key) {
    viewer = { key, role: request(ViewerQuery).then((d) => d.viewer.role.toLowerCase(), () => null) };
  }
  return viewer.role;
}
const view = document.getElementById('view')!;

function renderBar(active: string, role: string | null): void {
  const tab = (path: string, label: string) => h('a', { href: route(path), class: active === path.split('?')[0] ? 'tab active' : 'tab' }, label);
  const search = h('input', { type: 'search', name: 'quick', placeholder: t('searchPlaceholder'), size: 26 });
  const quick = h('form', { class: 'quick' }, search);
  quick.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = `/search?q=${encodeURIComponent(search.value.trim())}`;
  });
  show(bar,
    h('a', { href: route('/findings'), class: 'brand' }, h('strong', {}, t('title')), h('span', { class: 'muted' }, ` ${t('subtitle')}`)),
    h('nav', {},
      tab('/search', t('navSearch')),
      tab('/findings', t('navFindings')),
      tab('/cases', t('navCases')),
      currentKey() ? inboxTab(tab('/notifications', t('navNotifications'))) : null,
      tab('/paths', t('navPaths')),
      tab('/reports', t('navReports')),
      role === 'admin' ? tab('/ingest', t('navIngest')) : null,
      role === 'admin' ? tab('/review', t('navReview')) : null,
      h('a', { href: '/graphiql', class: 'tab', title: t('graphiqlHint') }, t('navGraphiql'))),
    currentKey() ? quick : null,
    h('span', { class: 'spacer' }),
    h('button', { type: 'button', class: 'link', 'data-action': 'language', onclick: () => { switchLanguage(); void render(); } }, t('language')),
    currentKey() ? h('button', { type: 'button', class: 'link', onclick: () => { signOut(); void render(); } }, t('signOut')) : null);
}

/** The inbox tab with its unread count, filled in when the count arrives (analysts, who may not watch, see none). */
function inboxTab(tab: HTMLElement): HTMLElement {
  const badge = h('span', { class: 'badge unread', hidden: true });
  tab.append(' ', badge);
  void unreadCount().then((n) => {
    if (n === null) tab.remove();
    else if (n > 0) {
      badge.textContent = String(n);
      badge.hidden = false;
    }
  });
  return tab;
}

async function render(): Promise<void> {
  document.documentElement.lang = language() === 'zh' ? 'zh-CN' : 'en';
  document.title = `${t('title')} · Qingdan.Graph`;
  const [path, query = ''] = location.hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  renderBar('/' + (parts[0] ?? 'findings'), await viewerRole());
  if (!currentKey()) {
    renderLogin(view, () => void render());
    return;
  }
  window.scrollTo(0, 0);
  switch (parts[0]) {
    case 'search': return renderSearch(view, params);
    case 'entity': return renderEntity(view, parts[1]);
    case 'network': return renderNetwork(view, parts[1], params);
    case 'paths': return renderPaths(view, params);
    case 'finding': return renderFinding(view, parts[1]);
    case 'report': return renderPersonalReport(view, parts[1]);
    case 'case': return renderCaseFile(view, parts[1]);
    case 'cases': return parts[1] ? (parts[2] === 'file' ? renderCasePrint(view, parts[1]) : renderCase(view, parts[1])) : renderCases(view, params);
    case 'ingest': return renderIngest(view, params);
    case 'notifications': return renderNotifications(view, params);
    case 'review': return renderReview(view);
    case 'reports': return renderReports(view, parts[1]);
    default: return renderFindings(view, params);
  }
}

adoptKeyFromFragment();
window.addEventListener('hashchange', () => void render());
void render();
