// An entity's surroundings fetched and added to a drawn graph: the network page draws them with its
// filters, an entity's page draws one hop, and both expand a node on a double click.

import { request } from '../api';
import { graphql } from '../generated/gql';
import type { LinkKind } from '../generated/gql/graphql';
import { factToLink } from './facts';
import type { GraphView } from './graph';

export interface NetworkFilter {
  hops: number;
  via: LinkKind[];
  asOf: string | null;
}

const NetworkQuery = graphql(`
  query Network($id: ID!, $hops: Int, $via: [LinkKind!], $asOf: Date, $cap: Int) {
    network(id: $id, hops: $hops, via: $via, asOf: $asOf, capPerKind: $cap) {
      nodes { ...EntityRef }
      links { ...FactFields }
      more { node { ...EntityRef } kind count }
    }
  }
`);

/** Fetches an entity's surroundings and adds them to the picture. */
export async function drawNetwork(graph: GraphView, id: string, filter: NetworkFilter, focus: string[] = []): Promise<void> {
  const data = await request(NetworkQuery, { id, hops: filter.hops, via: filter.via.length ? filter.via : null, asOf: filter.asOf, cap: 15 });
  graph.add(data.network.nodes, data.network.links.map(factToLink), { focus, more: data.network.more.map((m) => ({ node: m.node.id, kind: m.kind, count: m.count })) });
}
