// What the person's and the finding's timelines draw: the dated facts the pages already read, as bars,
// and for a finding the days on which all its conditions held (Finding.heldDuring).

import { request } from '../api';
import { graphql } from '../generated/gql';
import type { EvidenceLinkFieldsFragment, LinkKind } from '../generated/gql/graphql';
import { word } from '../i18n';
import { errorBox, h, show } from './dom';
import type { EntityRef } from './entities';
import type { Fact } from './facts';
import type { FindingDetail } from './finding-detail';
import { type Bar, barLabel, drawTimeline, laneOf } from './timeline';

const HeldQuery = graphql(`
  query FindingHeld($id: ID!) {
    finding(id: $id) { id heldDuring { from to } }
  }
`);

function factBar(fact: Fact, ends: EntityRef[]): Bar {
  return { lane: laneOf(fact.kind), kind: fact.kind, label: barLabel(fact), ends, from: fact.validFrom ?? null, to: fact.validTo ?? null, sources: fact.sources };
}

/** The person's own facts and relatives, as the entity page reads them. */
interface PersonFacts {
  id: string;
  positions: readonly Fact[];
  holdings: readonly Fact[];
  roles: readonly Fact[];
  relatives: readonly {
    person: { id: string; name: string; redacted: boolean };
    relation: string;
    validFrom?: string | null;
    validTo?: string | null;
    links: readonly { sources: readonly Fact['sources'][number][] }[];
  }[];
}

/** The bars of a person's page: posts, relations, holdings and roles, each toward the other end. */
export function personBars(person: PersonFacts): Bar[] {
  return [
    ...person.positions.map((f) => factBar(f, [f.to])),
    ...person.relatives.map((r): Bar => ({
      lane: 'relation',
      kind: 'FAMILY',
      label: word(r.relation, 'relation'),
      ends: [{ __typename: 'Person', ...r.person }],
      from: r.validFrom ?? null,
      to: r.validTo ?? null,
      sources: r.links.flatMap((l) => l.sources),
    })),
    ...person.holdings.map((f) => factBar(f, [f.to])),
    ...person.roles.map((f) => factBar(f, [f.to])),
  ];
}

/** The bars of a finding: the official's posts and every link of its evidence and transactions, each once. */
export function findingBars(finding: FindingDetail, names: Map<string, EntityRef>): Bar[] {
  const bars: Bar[] = (finding.official?.positions ?? []).map((f) => factBar(f, [f.to]));
  const seen = new Set<string>();
  const name = (id: string): EntityRef => names.get(id) ?? { __typename: 'Person', id, name: id, redacted: id.startsWith('hidden_') };
  const links: EvidenceLinkFieldsFragment[] = [...finding.evidence.flatMap((p) => p.links), ...finding.transactions];
  for (const link of links) {
    const key = `${link.kind}:${link.from}>${link.to}:${link.detail ?? ''}:${link.validFrom ?? ''}:${link.validTo ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    bars.push({
      lane: laneOf(link.kind as LinkKind),
      kind: link.kind,
      label: barLabel(link),
      ends: [name(link.from), name(link.to)],
      from: link.validFrom ?? null,
      // A transaction is one day: its date.
      to: link.kind === 'TRANSACTION' ? link.validFrom ?? null : link.validTo ?? null,
      sources: link.sources,
    });
  }
  return bars;
}

/** Draws a finding's timeline into the box (in the page), its held days read first. */
export async function drawFindingTimeline(box: HTMLElement, finding: FindingDetail, names: Map<string, EntityRef>): Promise<void> {
  try {
    const held = (await request(HeldQuery, { id: finding.id })).finding?.heldDuring ?? [];
    drawTimeline(box, findingBars(finding, names), held);
  } catch (error) {
    show(box, errorBox(error));
  }
}

/** A box for a timeline, with its id for the page's tools and tests. */
export function timelineBox(id: string): HTMLElement {
  return h('div', { class: 'timeline-box', id });
}
