// The graph as a picture: cytoscape with one style per kind of entity and of link. Every drawn
// link carries its kind, validity and sources, shown when it is clicked.

import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import type { LinkKind, SourceRefFragment } from '../generated/gql/graphql';
import { linkKind, word } from '../i18n';
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
  if (link.detail) parts.push(word(link.detail));
  if (link.share !== null && link.share !== undefined) parts.push(`${(link.share * 100).toFixed(1)}%`);
  if (link.validFrom || link.validTo) parts.push(`${link.validFrom ?? '…'}–${link.validTo ?? '…'}`);
  return parts.join(' · ');
}

export class GraphView {
  readonly cy: Core;
  private readonly container: HTMLElement;
  /** Evidence and paths read left to right, official to company (leftToRight); neighbourhoods fan out downwards. */
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
    if (this.horizontal && this.leftToRight()) return;
    const layout = this.cy.nodes().length <= 12
      ? this.cy.layout({
        name: 'breadthfirst',
        directed: true,
        spacingFactor: 1.3,
        animate: false,
        roots: (this.cy.nodes('.focus').nonempty() ? `#${this.cy.nodes('.focus').first().id()}` : undefined) as never,
      })
      : this.cy.layout({ name: 'cose', animate: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90, randomize: false });
    layout.run();
    this.cy.fit(undefined, 30);
    this.stamp();
  }

  /**
   * Evidence reads left to right: the official (the first focus) in the first column, the company (the last
   * focus) in the last, every other entity in the column of its distance from the official, the columns spread
   * across the panel and each column's entities down it. False when there is no official to start from.
   */
  private leftToRight(): boolean {
    const focus = this.cy.nodes('.focus');
    const start = focus.first();
    if (start.empty()) return false;
    const end = focus.length > 1 ? focus.last() : null;
    const depth = new Map<string, number>();
    this.cy.elements().not('.more').bfs({
      roots: start,
      directed: false,
      visit: (node, _edge, _previous, _index, d) => { depth.set(node.id(), d); },
    });
    const columns = Math.max(0, ...depth.values());
    if (end) depth.set(end.id(), columns);
    const width = Math.max(this.container.clientWidth, 400);
    const height = Math.max(this.container.clientHeight, 240);
    const step = columns > 0 ? (width - 120) / columns : 0;
    const rows = new Map<number, string[]>();
    for (const node of this.cy.nodes().not('.more')) {
      const d = depth.get(node.id()) ?? columns + 1;
      rows.set(d, [...(rows.get(d) ?? []), node.id()]);
    }
    const positions: Record<string, { x: number; y: number }> = {};
    for (const [d, ids] of rows) {
      ids.forEach((id, i) => { positions[id] = { x: 60 + d * step, y: ((i + 1) * height) / (ids.length + 1) }; });
    }
    this.cy.layout({ name: 'preset', positions, animate: false, fit: false }).run();
    this.cy.fit(undefined, 30);
    this.container.dataset.layout = 'left-to-right';
    this.stamp();
    return true;
  }

  /** Counts on the element, for people reading the page with tools (and for the browser tests). */
  private stamp(): void {
    this.container.dataset.nodes = String(this.cy.nodes().not('.more').length);
    this.container.dataset.links = String(this.cy.edges().not('.more').length);
  }
}
