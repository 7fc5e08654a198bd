// Links as rows of a table: kind, the other end, detail, share or amount, validity and the registry
// rows that state them.

import { graphql } from '../generated/gql';
import type { FactFieldsFragment, SourceRefFragment } from '../generated/gql/graphql';
import { linkKind, t, word } from '../i18n';
import { h } from './dom';
import { entityLink } from './entities';
import { amount, share, validity } from './format';
import type { DrawnLink } from './graph';

graphql(`
  fragment SourceRef on Source { bundle file line }
`);

graphql(`
  fragment FactFields on Fact {
    kind detail validFrom validTo share amount title
    from { ...EntityRef }
    to { ...EntityRef }
    sources { ...SourceRef }
  }
`);

export type Fact = FactFieldsFragment;

export function sourceList(sources: readonly SourceRefFragment[]): HTMLElement {
  return h('span', { class: 'sources', title: t('sources') }, sources.map((s) => h('code', {}, `${s.bundle}/${s.file}:${s.line}`)));
}

/** One link as a line: kind, the other end, detail, share or amount, validity, sources. */
export function factRow(fact: Fact, self?: string): HTMLElement {
  const other = self && fact.from.id === self ? fact.to : self && fact.to.id === self ? fact.from : null;
  return h('tr', {},
    h('td', {}, h('span', { class: `kind k-${fact.kind.toLowerCase()}` }, linkKind(fact.kind))),
    h('td', {}, other ? entityLink(other) : [entityLink(fact.from), ' → ', entityLink(fact.to)]),
    h('td', {}, fact.detail ? word(fact.detail) : fact.title ?? ''),
    h('td', { class: 'num' }, fact.share !== null && fact.share !== undefined ? share(fact.share) : amount(fact.amount)),
    h('td', { class: 'nowrap' }, validity(fact.validFrom, fact.validTo)),
    h('td', {}, sourceList(fact.sources)));
}

export function factTable(facts: readonly Fact[], self?: string): HTMLElement {
  if (facts.length === 0) return h('p', { class: 'muted' }, t('none'));
  return h('table', { class: 'facts' },
    h('thead', {}, h('tr', {}, [t('kind'), t('name'), t('detail'), `${t('share')} / ${t('amount')}`, t('validity'), t('sources')].map((c) => h('th', {}, c)))),
    h('tbody', {}, facts.map((f) => factRow(f, self))));
}

/** A fact as the graph draws it: its ends by id. */
export function factToLink(f: Fact): DrawnLink {
  return { kind: f.kind, from: f.from.id, to: f.to.id, detail: f.detail, validFrom: f.validFrom, validTo: f.validTo, share: f.share, amount: f.amount, sources: f.sources };
}
