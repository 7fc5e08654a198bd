// Small DOM helpers. Everything from the registries goes in as text nodes, never as HTML.

import { ApiError, type EntityRef, type Fact, type Source, entityLabel } from './api';
import { linkKind, t, word } from './i18n';

type Child = Node | string | number | null | undefined | false;
export type Children = Child | Children[];
type Attributes = Record<string, string | number | boolean | ((event: Event) => void) | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Children[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, '').toLowerCase(), value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  for (const child of (children as Child[]).flat(Infinity as 1) as Child[]) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

export function route(path: string): string {
  return '#' + path;
}

export function entityPath(e: { __typename?: string; id: string }): string {
  return `/entity/${encodeURIComponent(e.id)}`;
}

export function entityLink(e: EntityRef): HTMLElement {
  return h('a', { href: route(entityPath(e)), class: `entity ${e.__typename.toLowerCase()}` }, entityLabel(e));
}

export function validity(from: string | null | undefined, to: string | null | undefined): string {
  if (!from && !to) return '—';
  return `${from ?? '…'} – ${to ?? '…'}`;
}

export function sourceList(sources: Source[]): HTMLElement {
  return h('span', { class: 'sources', title: t('sources') }, sources.map((s) => h('code', {}, `${s.bundle}/${s.file}:${s.line}`)));
}

export function amount(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const n = Number(value);
  return Number.isFinite(n) ? n.toLocaleString(undefined, { maximumFractionDigits: 2 }) : String(value);
}

export function share(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : `${(value * 100).toFixed(value < 0.01 ? 2 : 1)}%`;
}

/** One link as a line: kind, the other end, detail, share or amount, validity, sources. */
export function factRow(fact: Fact, self?: string): HTMLElement {
  const other = self && fact.from.id === self ? fact.to : self && fact.to.id === self ? fact.from : null;
  return h('tr', {},
    h('td', {}, h('span', { class: `kind k-${fact.kind.toLowerCase()}` }, linkKind(fact.kind))),
    h('td', {}, other ? entityLink(other) : [entityLink(fact.from), ' → ', entityLink(fact.to)]),
    h('td', {}, fact.detail ?? fact.title ?? ''),
    h('td', { class: 'num' }, fact.share !== null ? share(fact.share) : amount(fact.amount)),
    h('td', { class: 'nowrap' }, validity(fact.validFrom, fact.validTo)),
    h('td', {}, sourceList(fact.sources)));
}

export function factTable(facts: Fact[], self?: string): HTMLElement {
  if (facts.length === 0) return h('p', { class: 'muted' }, t('none'));
  return h('table', { class: 'facts' },
    h('thead', {}, h('tr', {}, [t('kind'), t('name'), t('detail'), `${t('share')} / ${t('amount')}`, t('validity'), t('sources')].map((c) => h('th', {}, c)))),
    h('tbody', {}, facts.map((f) => factRow(f, self))));
}

export function section(title: string, ...body: Children[]): HTMLElement {
  return h('section', { class: 'card' }, h('h2', {}, title), ...body);
}

export function severityBadge(severity: string): HTMLElement {
  return h('span', { class: `badge sev-${severity.toLowerCase()}` }, word(severity));
}

export function statusBadge(status: string): HTMLElement {
  const s = status.toLowerCase();
  return h('span', { class: `badge st-${s}`, 'data-status': s }, word(status));
}

export function loading(): HTMLElement {
  return h('p', { class: 'muted' }, t('loading'));
}

export function errorBox(error: unknown): HTMLElement {
  const message = error instanceof ApiError && error.status === 403 ? `${t('forbidden')}: ${error.message}` : error instanceof Error ? error.message : String(error);
  return h('div', { class: 'error', role: 'alert' }, h('strong', {}, t('error') + '：'), message);
}

/** Replaces the view's content, keeping the element. */
export function show(target: HTMLElement, ...content: Children[]): void {
  const flat = (content as Child[]).flat(Infinity as 1) as Child[];
  target.replaceChildren(...flat.filter((c): c is Node | string | number => c !== null && c !== undefined && c !== false).map((c) => (c instanceof Node ? c : String(c))));
}
