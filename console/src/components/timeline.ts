// The timeline: a Gantt-style chart (vis-timeline) of posts, relations, holdings, roles and the
// transactions and decisions behind a finding, one lane each, with the days on which all of a
// finding's conditions held shaded. A bar whose start no registry states begins at the chart's left
// edge, dashed and marked "?"; one that still holds runs to today with an arrow. Clicking a bar shows
// the registry rows that state it (bundle, file, line).

import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { DataSet } from 'vis-data/peer';
import { Timeline, type DataGroup, type DataItem, type TimelineOptions } from 'vis-timeline/peer';
import type { LinkKind } from '../generated/gql/graphql';
import { language, linkKind, t, word } from '../i18n';
import { h, show } from './dom';
import { type EntityRef, entityLabel, entityLink } from './entities';
import { sourceList } from './facts';
import { date, share } from './format';

export type Lane = 'position' | 'relation' | 'holding' | 'role' | 'transaction' | 'decision';

const lanes: Lane[] = ['position', 'relation', 'holding', 'role', 'transaction', 'decision'];

/** One dated fact as the chart draws it. */
export interface Bar {
  lane: Lane;
  kind: LinkKind;
  /** What it states, in the interface's language (a relation, a share, a role…). */
  label: string;
  /** The entities it joins, as the page names them. */
  ends: EntityRef[];
  from: string | null;
  to: string | null;
  sources: readonly { bundle: string; file: string; line: number }[];
}

/** A run of days, either end open. */
export interface Held {
  from?: string | null;
  to?: string | null;
}

/** The lane a link's kind is drawn in. */
export function laneOf(kind: LinkKind): Lane {
  switch (kind) {
    case 'POSITION': return 'position';
    case 'FAMILY':
    case 'ASSOCIATE': return 'relation';
    case 'OWNERSHIP': return 'holding';
    case 'ROLE': return 'role';
    case 'TRANSACTION': return 'transaction';
    default: return 'decision';
  }
}

/** A link's label: its detail as a vocabulary word, a share, a title. */
export function barLabel(link: { kind: LinkKind; detail?: string | null; share?: number | null; title?: string | null }): string {
  // A post reads as its title; anything else as its detail or kind.
  const parts = link.detail ? [word(link.detail)] : link.title ? [] : [linkKind(link.kind)];
  if (link.share !== null && link.share !== undefined) parts.push(share(link.share));
  if (link.title) parts.push(link.title);
  return parts.join(' · ');
}

const laneText: Record<Lane, 'positions' | 'timelineRelations' | 'holdings' | 'roles' | 'transactions' | 'decisions'> = {
  position: 'positions', relation: 'timelineRelations', holding: 'holdings', role: 'roles', transaction: 'transactions', decision: 'decisions',
};

function today(): string {
  return date(new Date().toISOString());
}

function shift(day: string, years: number): string {
  return `${Number(day.slice(0, 4)) + years}${day.slice(4)}`;
}

/** The days of a bar or band as text: unknown start "?", still holding "now". */
export function span(from: string | null | undefined, to: string | null | undefined): string {
  return `${from ?? '?'} – ${to ?? t('timelineNow')}`;
}

/**
 * Draws the chart into the box (which must be in the page), with the band of held days, and a panel under
 * it showing the sources of the bar clicked. The box carries counts for tools and tests (data-bars, data-held).
 */
export function drawTimeline(box: HTMLElement, bars: Bar[], held: Held[] = []): Timeline | null {
  box.classList.add('timeline-box');
  const chart = h('div', { class: 'timeline-chart', id: `${box.id || 'timeline'}-chart` });
  const sources = h('div', { class: 'timeline-sources', 'aria-live': 'polite' }, h('p', { class: 'muted small' }, t('timelineHint')));
  const legend = h('p', { class: 'timeline-legend muted small' },
    held.length ? [h('span', { class: 'swatch held' }), ' ', t('timelineHeld'), ' · '] : null,
    h('span', { class: 'swatch unknown-start' }), ' ', t('timelineUnknownStart'), ' · ',
    h('span', { class: 'swatch open-end' }), ' ', t('timelineOpenEnd'));
  box.dataset.bars = String(bars.length);
  box.dataset.held = held.map((b) => `${b.from ?? ''}..${b.to ?? ''}`).join(' ');
  if (bars.length === 0) {
    show(box, h('p', { class: 'muted' }, t('none')));
    return null;
  }
  show(box, legend, chart, sources);
  const now = today();
  const known = [...bars.flatMap((b) => [b.from, b.to]), ...held.flatMap((b) => [b.from, b.to])].filter((d): d is string => !!d).sort();
  const first = known[0] ?? shift(now, -10);
  const last = known.at(-1) && known.at(-1)! > now ? known.at(-1)! : now;
  // Unknown starts begin a little before the first day any registry states, so that they read as "earlier".
  const edge = shift(first, -2);
  const items = new DataSet<DataItem>();
  bars.forEach((bar, i) => {
    const start = bar.from ?? edge;
    const end = bar.to ?? now;
    const point = bar.from !== null && bar.from === bar.to;
    const classes = [`bar-${bar.lane}`, bar.from ? '' : 'unknown-start', bar.to ? '' : 'open-end'].filter(Boolean).join(' ');
    items.add({
      id: i,
      group: bar.lane,
      content: '',
      start,
      end: point ? undefined : end < start ? start : end,
      type: point ? 'point' : 'range',
      className: classes,
      title: `${bar.label} ${bar.ends.map(entityLabel).join(' → ')}\n${span(bar.from, bar.to)}`,
    });
  });
  held.forEach((band, i) => items.add({ id: `held-${i}`, content: '', start: band.from ?? edge, end: band.to ?? now, type: 'background', className: 'held' }));
  const present = new Set(bars.map((b) => b.lane));
  const groups = new DataSet<DataGroup>(lanes.filter((l) => present.has(l)).map((lane, order) => ({ id: lane, content: t(laneText[lane]), order })));
  const options: TimelineOptions = {
    stack: true,
    zoomKey: 'ctrlKey',
    horizontalScroll: false,
    min: shift(edge, -1),
    max: shift(last, 2),
    start: shift(edge, 0),
    end: shift(last, 1),
    orientation: 'top',
    selectable: true,
    showCurrentTime: true,
    maxHeight: 460,
    margin: { item: { horizontal: 2, vertical: 4 } },
    locale: language(),
    locales: { zh: { current: '当前', time: '时间', deleteSelected: '删除' }, en: { current: 'current', time: 'time', deleteSelected: 'Delete selected' } },
    format: {
      minorLabels: { millisecond: 'SSS', second: 's', minute: 'HH:mm', hour: 'HH:mm', weekday: 'D', day: 'D', week: 'w', month: 'MM', year: 'YYYY' },
      majorLabels: { millisecond: 'HH:mm:ss', second: 'YYYY-MM-DD HH:mm', minute: 'YYYY-MM-DD', hour: 'YYYY-MM-DD', weekday: 'YYYY-MM', day: 'YYYY-MM', week: 'YYYY-MM', month: 'YYYY', year: '' },
    },
    template: (item: DataItem) => {
      if (typeof item.id !== 'number') return '';
      const bar = bars[item.id]!;
      return h('span', { class: 'bar-label', 'data-bar': item.id },
        bar.from ? null : h('span', { class: 'mark' }, '? '),
        bar.label, ' ', bar.ends.map(entityLabel).join(' → '),
        bar.to ? null : h('span', { class: 'mark' }, ' →'));
    },
  };
  const timeline = new Timeline(chart, items, groups, options);
  const pick = (index: number) => {
    const bar = bars[index];
    if (!bar) return;
    box.dataset.picked = String(index);
    show(sources,
      h('h3', {}, `${t('sources')}: ${bar.label}`),
      h('p', {}, bar.ends.flatMap((e, i) => [i ? ' → ' : '', entityLink(e)]), ' · ', span(bar.from, bar.to)),
      sourceList(bar.sources));
  };
  timeline.on('select', (properties: { items: (number | string)[] }) => {
    const index = properties.items.find((id): id is number => typeof id === 'number');
    if (index !== undefined) pick(index);
  });
  return timeline;
}
