// The graph as a picture: cytoscape with one style per kind of entity and of link. Every drawn
// link carries its kind, validity and sources, shown when it is clicked.

import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import type { LinkKind, SourceRefFragment } from '../generated/gql/graphql';
import { linkKind } from '../i18n';
import { type EntityRef, entityLabel } from './entities';

/** A link as drawn: the graph's own shape, which facts (by their ends' ids) and evidence links both fit. */
export interface DrawnLink {
  kind: LinkKind;
  from: string;
  to: string;
  detail?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
  share?: number | null;
  amount?: string | number | null;
  sources?: readonly SourceRefFragment[];
}

export interface MoreNode {
  node: string;
  kind: LinkKind;
  count: number;
}

const colours: Record<string, string> = {
  Person: '#2f6fb0',
  Company: '#c46a1b',
  Agency: '#5b6770',
  Decision: '#2e8b57',
};

const shapes: Record<string, string> = {
  Person: 'ellipse',
  Company: 'round-rectangle',
  Agency: 'hexagon',
  Decision: 'diamond',
};

export function linkCaption(link: DrawnLink): string {
  const parts = [linkKind(link.kind)];
  if (link.detail) parts.push(link.detail);
  if (link.share !== null && link.share !== undefined) parts.push(`${(link.share * 100).toFixed(1)}%`);
  if (link.validFrom || link.validTo) parts.push(`${link.validFrom ?? '…'}–${link.validTo ?? '…'}`);
  return parts.join(' · ');
}

export class GraphView {
  readonly cy: Core;
  private readonly container: HTMLElement;
  /** Evidence and paths read left to right, official to company; neighbourhoods fan out downwards. */
  private horizontal = false;

  constructor(container: HTMLElement, private readonly onSelect?: (what: { entity?: EntityRef; link?: DrawnLink }) => void, private readonly onExpand?: (id: string) => void) {
    this.container = container;
    container.classList.add('graph');
    this.cy = cytoscape({
      container,
      wheelSensitivity: 0.3,
      minZoom: 0.1,
      maxZoom: 3,
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)',
            'background-color': 'data(colour)',
            shape: 'data(shape)' as never,
            color: '#1d2329',
            'font-size': 11,
            'text-valign': 'bottom',
            'text-margin-y': 4,
            'text-wrap': 'ellipsis',
            'text-max-width': '140px',
            width: 26,
            height: 26,
          },
        },
        { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#c0392b', width: 34, height: 34 } },
        { selector: 'node.more', style: { 'background-color': '#ffffff', 'border-width': 1, 'border-style': 'dashed', 'border-color': '#888', shape: 'round-rectangle', width: 60, height: 18, 'text-valign': 'center', 'text-margin-y': 0, 'font-size': 10, color: '#555' } },
        { selector: 'node:selected', style: { 'overlay-opacity': 0.15, 'overlay-color': '#2f6fb0' } },
        {
          selector: 'edge',
          style: {
            label: 'data(label)',
            'font-size': 9,
            color: '#444',
            'text-rotation': 'autorotate',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.85,
            'text-background-padding': '1px',
            width: 1.5,
            'line-color': '#9aa5ae',
            'target-arrow-color': '#9aa5ae',
            'target-arrow-shape': 'triangle',
            'curve-style': 'bezier',
          },
        },
        { selector: 'edge.evidence', style: { width: 3, 'line-color': '#c0392b', 'target-arrow-color': '#c0392b' } },
        { selector: 'edge.more', style: { 'line-style': 'dashed', label: '' } },
      ],
    });
    this.cy.on('tap', 'node', (event) => {
      const data = event.target.data();
      if (data.entity) this.onSelect?.({ entity: data.entity as EntityRef });
    });
    this.cy.on('tap', 'edge', (event) => {
      const data = event.target.data();
      if (data.link) this.onSelect?.({ link: data.link as DrawnLink });
    });
    this.cy.on('dbltap', 'node', (event) => {
      const data = event.target.data();
      if (data.entity) this.onExpand?.(data.entity.id as string);
    });
  }

  /** Adds entities and links (those already drawn are kept) and lays the graph out again. */
  add(entities: EntityRef[], links: DrawnLink[], options: { focus?: string[]; evidence?: boolean; more?: MoreNode[] } = {}): void {
    this.horizontal = options.evidence ?? this.horizontal;
    const elements: ElementDefinition[] = [];
    for (const e of entities) {
      if (this.cy.getElementById(e.id).nonempty()) continue;
      elements.push({ group: 'nodes', data: { id: e.id, label: entityLabel(e), colour: colours[e.__typename] ?? '#777', shape: shapes[e.__typename] ?? 'ellipse', entity: e } });
    }
    for (const link of links) {
      const id = `${link.kind}:${link.from}>${link.to}:${link.detail ?? ''}:${link.validFrom ?? ''}`;
      if (this.cy.getElementById(id).nonempty()) continue;
      elements.push({ group: 'edges', data: { id, source: link.from, target: link.to, label: linkCaption(link), link }, classes: options.evidence ? 'evidence' : '' });
    }
    for (const more of options.more ?? []) {
      const id = `more:${more.node}:${more.kind}`;
      this.cy.remove(this.cy.getElementById(id));
      elements.push({ group: 'nodes', data: { id, label: `+${more.count} ${linkKind(more.kind)}` }, classes: 'more' });
      elements.push({ group: 'edges', data: { id: `${id}:e`, source: more.node, target: id }, classes: 'more' });
    }
    this.cy.add(elements.filter((e) => e.group === 'nodes'));
    this.cy.add(elements.filter((e) => e.group === 'edges' && this.cy.getElementById(e.data.source as string).nonempty() && this.cy.getElementById(e.data.target as string).nonempty()));
    for (const id of options.focus ?? []) this.cy.getElementById(id).addClass('focus');
    this.layout();
  }

  clear(): void {
    this.cy.elements().remove();
    this.stamp();
  }

  layout(): void {
    const layout = this.cy.nodes().length <= 12
      ? this.cy.layout({
        name: 'breadthfirst',
        directed: true,
        spacingFactor: 1.3,
        animate: false,
        roots: (this.cy.nodes('.focus').nonempty() ? `#${this.cy.nodes('.focus').first().id()}` : undefined) as never,
        transform: (_node, position) => (this.horizontal ? { x: position.y * 2.2, y: position.x } : position),
      })
      : this.cy.layout({ name: 'cose', animate: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90, randomize: false });
    layout.run();
    this.cy.fit(undefined, 30);
    this.stamp();
  }

  /** Counts on the element, for people reading the page with tools (and for the browser tests). */
  private stamp(): void {
    this.container.dataset.nodes = String(this.cy.nodes().not('.more').length);
    this.container.dataset.links = String(this.cy.edges().not('.more').length);
  }
}
