// An entity as the console names and links it: a person, company or agency by name, a decision by
// title (or kind and id).

import { graphql } from '../generated/gql';
import type { EntityRefFragment } from '../generated/gql/graphql';
import { h, route } from './dom';

graphql(`
  fragment EntityRef on Entity {
    __typename
    ... on Person { id name }
    ... on Company { id name }
    ... on Agency { id name }
    ... on Decision { id title kind }
  }
`);

export type EntityRef = EntityRefFragment;

export function entityLabel(e: EntityRef): string {
  if (e.__typename === 'Decision') return e.title || `${e.kind} ${e.id}`.trim();
  return e.name || e.id;
}

export function entityPath(e: { id: string }): string {
  return `/entity/${encodeURIComponent(e.id)}`;
}

export function entityLink(e: EntityRef): HTMLElement {
  return h('a', { href: route(entityPath(e)), class: `entity ${e.__typename.toLowerCase()}` }, entityLabel(e));
}
