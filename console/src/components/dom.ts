// Small DOM helpers. Everything from the registries goes in as text nodes, never as HTML.

import { ApiError } from '../api';
import { t } from '../i18n';

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

/** Replaces the view's content, keeping the element. */
export function show(target: HTMLElement, ...content: Children[]): void {
  const flat = (content as Child[]).flat(Infinity as 1) as Child[];
  target.replaceChildren(...flat.filter((c): c is Node | string | number => c !== null && c !== undefined && c !== false).map((c) => (c instanceof Node ? c : String(c))));
}

export function route(path: string): string {
  return '#' + path;
}

export function section(title: string, ...body: Children[]): HTMLElement {
  return h('section', { class: 'card' }, h('h2', {}, title), ...body);
}

export function loading(): HTMLElement {
  return h('p', { class: 'muted' }, t('loading'));
}

export function errorBox(error: unknown): HTMLElement {
  const api = error instanceof ApiError ? error : null;
  const message = api?.code === 'FORBIDDEN_SCOPE' ? `${t('forbiddenScope')}: ${api.message}`
    : api?.status === 403 ? `${t('forbidden')}: ${api.message}`
    : error instanceof Error ? error.message : String(error);
  return h('div', { class: 'error', role: 'alert', 'data-code': api?.code }, h('strong', {}, t('error') + '：'), message);
}
