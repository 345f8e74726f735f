import { shortenTitle } from '../data/shortenTitle.ts';
import type { TimelineEvent } from '../data/timelineEvent.ts';
import { drawnAt } from '../data/timelineEvent.ts';
import { METRICS, type ChartMetrics, type LaneLayout } from './lanes.ts';
import { clusterRadius } from './clusterLane.ts';
import { markSpan } from './markSpan.ts';

/** A label placed near its mark, its text starting at `x`; `leader` joins it to a mark on another row. */
export interface PlacedLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  leader?: { x: number; y1: number; y2: number };
  /** Lies across other events' bars (the selected event's, when nothing else had room). */
  acrossBars?: boolean;
}

/** Estimated width of a label in CSS pixels (12 px system font). Deterministic, so layouts can be tested. */
export const estimateWidth = (text: string) => text.length * 6.6;

/** A box on screen that a label must not cover. */
type Box = [x0: number, y0: number, x1: number, y1: number];

/** Space between a mark and its own label. */
const PAD = 4;
/**
 * The least space between a label and anything else: another label, a glyph, a bar, a cluster or
 * a lane's name. Touching labels read as one ("Coincheck theftCosmos Bank heist").
 */
export const LABEL_GAP = 4;
const HALF_HEIGHT = 7;
/** Half the width and height of the largest glyph as drawn (symbolPath, 150 square pixels: the star). */
const GLYPH_X = 11;
const GLYPH_Y = 12;
/** Where a label in a free row may sit along its leader, in eighths of its width: first at its start. */
const SLIDES = [0, 8, 4, 2, 6, 1, 7, 3, 5];

/**
 * Which labels win when there is no room for all: landmark events first (importance 3, then 2),
 * then larger amounts, then earlier events. A curated `importance` beats money, so a summit keeps
 * its label beside a string of thefts.
 */
export function labelPriority(a: TimelineEvent, b: TimelineEvent): number {
  return (
    (b.importance ?? 1) - (a.importance ?? 1) ||
    (b.amountUsd ?? 0) - (a.amountUsd ?? 0) ||
    a.t0 - b.t0
  );
}

/** The label of an event: its curated short title, else its title shortened by shortenTitle's rule. */
export function labelText(event: Pick<TimelineEvent, 'title' | 'shortTitle'>): string {
  return event.shortTitle ?? shortenTitle(event.title);
}

export interface LabelOptions {
  /** The selected event: labelled before any other. */
  pinned?: string | null;
  /** Text width in CSS pixels; injected so Node tests run it. */
  measure?: (text: string) => number;
  /** Width of each lane's header (glyph and name), which labels keep clear of. */
  headerWidth?: (category: string) => number;
  /** Landmarks in view: one hidden inside a cluster is labelled at its cluster. */
  landmarks?: readonly TimelineEvent[];
  /** The lanes' metrics (METRICS unless the chart is compact). */
  metrics?: ChartMetrics;
  /** Whether a landmark that finds no room may move another landmark's label aside (default). */
  moveAside?: boolean;
}

interface Target {
  event: TimelineEvent;
  /** The mark's left and right edges, its centre and row. */
  x0: number;
  x1: number;
  cx: number;
  y: number;
  lane: number;
  /** How far from its centre a leader may leave it: a cluster's radius (0 for a mark). */
  spread: number;
}

/**
 * Places labels by priority: the selected event, then landmarks, then the rest. Each label goes
 * right of its mark, else left of it, else into the nearest free row of its lane (its other rows,
 * or the header row beside the lane's name; in a compact chart its label row, or the next lane's
 * label row just below it) with a leader line to the mark. A label never
 * overlaps another label, a glyph, a bar, a cluster or a lane's header, and stays in [0, width];
 * a landmark that finds no room with its whole text tries a shortened one. A landmark hidden in
 * a cluster is labelled at the cluster. Marks without room keep no label; their name shows on
 * hover and focus.
 */
export function placeLabels(
  layout: Pick<LaneLayout, 'lanes' | 'marks' | 'clusters'>,
  width: number,
  {
    pinned = null,
    measure = estimateWidth,
    headerWidth = () => 0,
    landmarks = [],
    metrics = METRICS,
    moveAside = true,
  }: LabelOptions = {},
): PlacedLabel[] {
  const { lanes, marks, clusters } = layout;
  const laneOf = (y: number) => lanes.findIndex((l) => y >= l.y && y < l.y + l.height);
  // Obstacles lane by lane: a candidate is checked only against its own lane's boxes.
  const boxes: Box[][] = lanes.map((l) => [
    [0, l.y, headerWidth(l.category), l.y + metrics.laneHeader],
  ]);
  // Whose label may touch a box: a glyph's or bar's event, or the landmarks hidden in a cluster.
  const owner = new Map<Box, readonly string[]>();
  // A leader line may cross a bar (a thin line over a thick one reads clearly), never a glyph or label.
  const bars = new Set<Box>();
  const add = (lane: number, box: Box, id?: string) => {
    if (lane < 0) return;
    boxes[lane]!.push(box);
    if (id) owner.set(box, [id]);
  };
  const targets: Target[] = [];
  for (const m of marks) {
    const lane = laneOf(m.y);
    // A glyph's drawn extent: the tallest shapes (diamond, star, wye) reach past METRICS.glyph.
    add(lane, [m.x - GLYPH_X, m.y - GLYPH_Y, m.x + GLYPH_X, m.y + GLYPH_Y], m.event.id);
    // A range's bar, and the faint span of a "2017" or "May 2017" date: another event's label
    // drawn over either would hide it or be hard to read on it.
    const span = markSpan(m);
    if (span) {
      add(lane, [span.x0, m.y - span.half, span.x1, m.y + span.half], m.event.id);
      bars.add(boxes[lane]!.at(-1)!);
    }
    // A label beside its mark starts past its own faint span too: drawn over it, it reads as struck through.
    const faint = span && !span.bar ? span : null;
    const x0 = Math.min(m.x0, faint?.x0 ?? m.x0);
    const x1 = Math.max(m.x1, faint?.x1 ?? m.x1);
    targets.push({ event: m.event, x0, x1, cx: m.x, y: m.y, lane, spread: 0 });
  }
  const drawn = new Set(marks.map((m) => m.event.id));
  // The marks of each lane, for the clusters below: per frame, a cluster looks only at its lane's.
  const marksOf = lanes.map((): Target[] => []);
  for (const t of targets) marksOf[t.lane]?.push(t);
  for (const c of clusters) {
    const lane = laneOf(c.y);
    const r = clusterRadius(c.count);
    add(lane, [c.x - r, c.y - r, c.x + r, c.y + r]);
    const hidden = landmarks
      .filter((e) => e.category === c.lane && !drawn.has(e.id))
      .filter((e) => drawnAt(e) >= c.t0 && drawnAt(e) <= c.t1);
    // Every landmark inside is labelled at the cluster; the cluster's box counts as each one's own.
    for (const e of hidden) {
      drawn.add(e.id);
      targets.push({ event: e, x0: c.x - r, x1: c.x + r, cx: c.x, y: c.y, lane, spread: r });
    }
    // A pinned event (the open one) is drawn as a mark over the cluster it belongs to: that
    // cluster is its own too, and its label starts past the cluster's edge, not inside it.
    const over = (marksOf[lane] ?? []).filter(
      (t) => t.event.category === c.lane && drawnAt(t.event) >= c.t0 && drawnAt(t.event) <= c.t1,
    );
    for (const t of over) {
      t.x0 = Math.min(t.x0, c.x - r);
      t.x1 = Math.max(t.x1, c.x + r);
    }
    const mine = [...hidden, ...over.map((t) => t.event)];
    if (mine.length)
      owner.set(
        boxes[lane]!.at(-1)!,
        mine.map((e) => e.id),
      );
  }
  // A label keeps LABEL_GAP from everything but its own mark; a leader line only must not cross.
  const free = (lane: number, box: Box, id: string, leader = false, overBars = false) => {
    const gap = leader ? 0 : LABEL_GAP;
    return (
      box[0] >= 0 &&
      box[2] <= width &&
      boxes[lane]!.every(
        (b) =>
          owner.get(b)?.includes(id) ||
          ((leader || overBars) && bars.has(b)) ||
          b[2] + gap <= box[0] ||
          b[0] >= box[2] + gap ||
          b[3] + gap <= box[1] ||
          b[1] >= box[3] + gap,
      )
    );
  };
  const order = targets.sort(
    (a, b) =>
      Number(b.event.id === pinned) - Number(a.event.id === pinned) ||
      labelPriority(a.event, b.event),
  );
  const must = (t: Target) => t.event.id === pinned || t.event.importance === 3;
  const drawnLabels = new Map<string, { label: PlacedLabel; box: Box; lane: number; t: Target }>();
  // Places a target's label (shortened, for a landmark, where the whole text finds no room).
  const place = (t: Target, fits: typeof free = free): boolean => {
    const full = labelText(t.event);
    for (const text of must(t) ? [full, ...shorter(full)] : [full]) {
      const found = tryPlace(t, text, measure(text), lanes, metrics, fits);
      if (!found) continue;
      const label = fits === free ? found : { ...found, acrossBars: true };
      const box: Box = [
        label.x,
        label.y - HALF_HEIGHT,
        label.x + measure(text),
        label.y + HALF_HEIGHT,
      ];
      const lane = laneOf(label.y);
      add(lane, box);
      drawnLabels.set(t.event.id, { label, box, lane, t });
      return true;
    }
    return false;
  };
  const unplace = (id: string) => {
    const d = drawnLabels.get(id)!;
    boxes[d.lane]!.splice(boxes[d.lane]!.indexOf(d.box), 1);
    drawnLabels.delete(id);
    return d;
  };
  // A landmark that finds no room may be kept out by one label placed before it (a landmark's, in
  // its lane or the next): each such label, nearest first, is moved aside (or shortened) if both
  // then fit, before any lesser label takes the room; else it stays where it was.
  const makeRoom = (u: Target) => {
    const near = [...drawnLabels.values()]
      .filter((d) => Math.abs(d.lane - u.lane) <= 1 && d.t.event.id !== pinned)
      .sort((a, b) => Math.abs(a.label.x - u.cx) - Math.abs(b.label.x - u.cx));
    for (const d of near) {
      unplace(d.t.event.id);
      if (place(u)) {
        if (place(d.t)) return;
        unplace(u.event.id);
      }
      add(d.lane, d.box);
      drawnLabels.set(d.t.event.id, d);
    }
  };
  for (const t of order) if (t.lane >= 0 && !place(t) && must(t) && moveAside) makeRoom(t);
  // The selected event is named even where other events' bars and faint spans leave it no room:
  // its label may then lie across them (its halo keeps it legible), never over a glyph or a label.
  const open = order.find((t) => t.event.id === pinned);
  if (open && open.lane >= 0 && !drawnLabels.has(open.event.id))
    place(open, (lane, box, id, leader) => free(lane, box, id, leader, true));
  return [...drawnLabels.values()].map((d) => d.label);
}

/** Shorter versions of a landmark's label, tried when the whole one finds no room. */
function shorter(text: string): string[] {
  const words = text.split(' ');
  return words.length > 2
    ? [`${words.slice(0, 2).join(' ')}…`, `${words[0]}…`]
    : words.length === 2
      ? [`${words[0]}…`]
      : [];
}

/** The first free spot for a label: right, left, then the nearby free rows by distance, with a leader. */
function tryPlace(
  t: Target,
  text: string,
  w: number,
  lanes: LaneLayout['lanes'],
  metrics: ChartMetrics,
  free: (lane: number, box: Box, id: string, leader?: boolean) => boolean,
): PlacedLabel | null {
  const id = t.event.id;
  const lane = lanes[t.lane]!;
  const at = (x: number, y: number): Box => [x, y - HALF_HEIGHT, x + w, y + HALF_HEIGHT];
  for (const x of [t.x1 + PAD, t.x0 - PAD - w])
    if (free(t.lane, at(x, t.y), id)) return { id, text, x, y: t.y };
  const rowY = (r: number) => lane.y + lane.header + metrics.row * (r + 0.5);
  // The header row sits a little high, so that its labels keep LABEL_GAP off the clusters below.
  // A compact lane has a label row only if it was given one, and may use the next lane's.
  const rows: { y: number; lane: number }[] = [];
  if (lane.header) rows.push({ y: lane.y + lane.header / 2 - 1, lane: t.lane });
  const next = lanes[t.lane + 1];
  if (!metrics.laneHeader && next?.header)
    rows.push({ y: next.y + next.header / 2 - 1, lane: t.lane + 1 });
  for (let r = 0; r < lane.rows; r++)
    if (Math.abs(rowY(r) - t.y) > 1) rows.push({ y: rowY(r), lane: t.lane });
  rows.sort((a, b) => Math.abs(a.y - t.y) - Math.abs(b.y - t.y));
  // A cluster is wider than a glyph: its leader may leave from either side of its centre when a
  // neighbouring cluster stands in the way of the middle.
  const leaderXs =
    t.spread > GLYPH_X ? [0, -0.5, 0.5, -0.8, 0.8, -1, 1].map((f) => t.cx + f * t.spread) : [t.cx];
  for (const { y, lane: row } of rows) {
    const up = y < t.y;
    const y1 = t.y + (up ? -GLYPH_Y : GLYPH_Y);
    const y2 = y + (up ? HALF_HEIGHT : -HALF_HEIGHT);
    for (const lx of leaderXs) {
      const leader: Box = [lx - 0.5, Math.min(y1, y2), lx + 0.5, Math.max(y1, y2)];
      if (!free(t.lane, leader, id, true) || !free(row, leader, id, true)) continue;
      // The label slides along its row so that the leader meets it anywhere from its start to its
      // end. In a compact chart's label rows, whose landmarks are placed left to right, it takes
      // the leftmost place, which leaves the most room for the next landmark's label.
      for (const k of metrics.laneHeader ? SLIDES : [...SLIDES].sort((a, b) => b - a)) {
        const x = lx - 2 + ((4 - w) * k) / 8;
        if (free(row, at(x, y), id)) return { id, text, x, y, leader: { x: lx, y1, y2 } };
      }
    }
  }
  return null;
}
