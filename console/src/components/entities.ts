// An entity as the console names and links it: a person, company or agency by name, a decision by
// title (or kind and id).

import { graphql } from '../generated/gql';
import type { EntityRefFragment } from '../generated/gql/graphql';
import { h, route } from './dom';
import { outsideScope } from '../i18n';

graphql(`
  fragment EntityRef on Entity {
    __typename
    ... on Person { id name redacted }
    ... on Company { id name redacted }
    ... on Agency { id name }
    ... on Decision { id title kind }
  }
`);

export type EntityRef = EntityRefFragment;

export function entityLabel(e: EntityRef): string {
  if (e.__typename === 'Decision') return e.title || `${e.kind} ${e.id}`.trim();
  if ('redacted' in e && e.redacted) return outsideScope(e.name);
  return e.name || e.id;
}

export function entityPath(e: { id: string }): string {
  return `/entity/${encodeURIComponent(e.id)}`;
}

/** A link to the entity's page; a person or company outside the caller's scope is drawn as its label, with nowhere to go. */
export function entityLink(e: EntityRef | { __typename?: 'Person'; id: string; name: string; redacted: boolean }): HTMLElement {
  if ('redacted' in e && e.redacted) return h('span', { class: 'entity redacted', title: e.id }, outsideScope(e.name));
  if (!('__typename' in e) || !e.__typename) return h('a', { href: route(entityPath(e)), class: 'entity person' }, e.name);
  const ref = e as EntityRef;
  return h('a', { href: route(entityPath(ref)), class: `entity ${ref.__typename.toLowerCase()}` }, entityLabel(ref));
}
