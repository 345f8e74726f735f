import type { TimeScale } from './timeScale.ts';
import type { TimelineEvent } from '../data/timelineEvent.ts';
import type { Cluster } from './clusterLane.ts';

/** Vertical metrics of the timeline, in CSS pixels. */
export const METRICS = {
  axis: 46,
  /** Every lane has a header row: no lane takes a separate label row. */
  labelRow: 0,
  /** The lane's name, and a row for labels beside it: tall enough to keep a label 4 px off the glyphs below. */
  laneHeader: 20,
  row: 26,
  laneGap: 8,
  /** Half the width of a point mark's glyph. */
  glyph: 8,
  /** Smallest gap between two marks on one row. */
  gap: 4,
  /** Height of one row of the era strip, between the axis and the lanes. */
  eraRow: 18,
  /** Rows a lane may grow to before marks are allowed to overlap. */
  maxRows: 3,
} as const;

/** The vertical metrics a chart is drawn with: METRICS, or COMPACT where the room is short. */
export interface ChartMetrics {
  /** Height of the axis above the era strip. */
  axis: number;
  /** Height of one row of the era strip. */
  eraRow: number;
  /** Height of a lane's header row (its name, and labels beside it); 0 puts names in a gutter. */
  laneHeader: number;
  /** Height of the label row a lane without a header may be given (0: none), for labels only. */
  labelRow: number;
  row: number;
  laneGap: number;
}

/**
 * The metrics of a chart that must fit a short embed (400 to 600 px): a thinner axis and era
 * strip, and lanes of one row each, with no header row. The lanes' names then go in a gutter at
 * the left of the chart (see timelineLayout), and labels sit beside their marks, or in a label
 * row that a lane whose landmarks find no room is given (compactLabelRows): 20 px keeps a 14 px
 * label 4 px off the glyphs above and below it.
 */
export const COMPACT: ChartMetrics = {
  axis: 30,
  eraRow: 15,
  laneHeader: 0,
  labelRow: 20,
  row: 26,
  laneGap: 1,
};

/** An event placed on screen: its horizontal extent, its lane and its row inside the lane. */
export interface PlacedMark {
  event: TimelineEvent;
  /** Where the glyph is drawn (the middle of a point's period, the start of a range). */
  x: number;
  /** Left and right edges of what the mark covers. */
  x0: number;
  x1: number;
  /** Left and right edges of the date's period (wider than the glyph for "2016" or "Feb 2016"). */
  p0: number;
  p1: number;
  lane: string;
  row: number;
  /** Vertical centre of the mark. */
  y: number;
}

/** One swimlane: a category, where it starts and how tall it is. */
export interface Lane {
  category: string;
  y: number;
  height: number;
  rows: number;
  /** Height of its header or label row, above its marks' rows. */
  header: number;
}

/** A cluster placed in its lane. */
export interface PlacedCluster extends Cluster {
  y: number;
}

export interface LaneLayout {
  lanes: Lane[];
  marks: PlacedMark[];
  clusters: PlacedCluster[];
  height: number;
}

/** What one lane shows: its events, and for a dense lane the clusters standing for the rest. */
export interface LaneInput {
  category: string;
  events: readonly TimelineEvent[];
  /** Present for a dense lane: its events then go on one row, beside the clusters. */
  clusters?: readonly Cluster[];
}

/**
 * Rows a lane's events need so that no two marks or bars overlap, packed greedily left to right:
 * each event takes the first row that has ended (with METRICS.gap to spare) before it starts.
 */
export function rowsNeeded(input: LaneInput, x: TimeScale): number {
  if (input.clusters) return 2;
  const ends: number[] = [];
  for (const item of input.events.map((event) => place(event, x)).sort((a, b) => a.x0 - b.x0)) {
    const row = ends.findIndex((end) => end + METRICS.gap <= item.x0);
    if (row === -1) ends.push(item.x1);
    else ends[row] = item.x1;
  }
  return Math.max(1, ends.length);
}

/**
 * Lays out one lane per input, in order, and packs each sparse lane's events into rows so that
 * marks and bars never overlap, up to the lane's row budget (`maxRows[i]`, else METRICS.maxRows;
 * past that a mark shares the row that frees up first: fitLanes clusters such a lane instead). A
 * dense lane (one with clusters) puts its clusters and the events alone in their bins on one row,
 * with a second row left free for labels when its budget allows. Points sit at the middle of their
 * date's period, so "2016" is not drawn as 1 January. The first lane starts at `top` (below the
 * axis and the era strip). A lane named in `labelRows` has a label row: above its marks in a compact
 * chart, a spare row below them in a full-size one.
 */
export function layoutLanes(
  inputs: readonly LaneInput[],
  x: TimeScale,
  top: number = METRICS.axis,
  maxRows: readonly number[] = [],
  metrics: ChartMetrics = METRICS,
  labelRows: ReadonlySet<string> = new Set(),
): LaneLayout {
  const lanes: Lane[] = [];
  const marks: PlacedMark[] = [];
  const clusters: PlacedCluster[] = [];
  let y = top;
  inputs.forEach((input, i) => {
    const budget = maxRows[i] ?? METRICS.maxRows;
    const items = input.events.map((event) => place(event, x)).sort((a, b) => a.x0 - b.x0);
    const rowEnds: number[] = [];
    const header = laneHeader(input.category, metrics, labelRows);
    const rowY = (row: number) => y + header + metrics.row * (row + 0.5);
    for (const item of items) {
      let row = input.clusters ? 0 : rowEnds.findIndex((end) => end + METRICS.gap <= item.x0);
      if (row === -1 && rowEnds.length < budget) row = rowEnds.push(-Infinity) - 1;
      if (row === -1) row = rowEnds.indexOf(Math.min(...rowEnds));
      rowEnds[row] = Math.max(rowEnds[row] ?? -Infinity, item.x1);
      marks.push({ ...item, row, y: rowY(row) });
    }
    for (const c of input.clusters ?? []) clusters.push({ ...c, y: rowY(0) });
    // A dense lane keeps a second, empty row: room for the labels of its landmarks and singles.
    // So does a full-size lane given a label row (fitLanes), when its budget has a row to spare.
    const spare = metrics.laneHeader && labelRows.has(input.category) ? 1 : 0;
    const rows = input.clusters
      ? Math.min(2, Math.max(1, budget))
      : Math.max(1, Math.min(budget, rowEnds.length + spare));
    const height = header + rows * metrics.row + metrics.laneGap;
    lanes.push({ category: input.category, y, height, rows, header });
    y += height;
  });
  return { lanes, marks, clusters, height: y };
}

/** The height of a lane's header: its name's row, else its label row if it has one. */
export function laneHeader(
  category: string,
  metrics: ChartMetrics,
  labelRows: ReadonlySet<string>,
): number {
  return metrics.laneHeader || (labelRows.has(category) ? metrics.labelRow : 0);
}

/** Where an event goes on the time axis: its glyph, its extent, and its date's whole period. */
function place(event: TimelineEvent, x: TimeScale): Omit<PlacedMark, 'row' | 'y'> {
  const p0 = x(event.t0);
  const p1 = x(event.t1);
  const mid = event.isRange ? p0 : (p0 + p1) / 2;
  const x0 = event.isRange ? p0 - METRICS.glyph : mid - METRICS.glyph;
  const x1 = event.isRange ? Math.max(p1, p0 + METRICS.glyph) : mid + METRICS.glyph;
  return { event, x: mid, x0, x1, p0, p1, lane: event.category };
}

/** Where a lane's band, glyph and name are drawn in a chart whose lanes have a header row. */
export interface LaneBox {
  /** The band's height: the lane less half the gap, so that bands of alternate shades stay apart. */
  bandHeight: number;
  /** Top-left corner of the 14 px glyph, 4 px into the header. */
  glyphX: number;
  glyphY: number;
  /** The name's start and baseline, beside the glyph. */
  nameX: number;
  nameY: number;
}

/** The band, glyph and name of one lane. */
export function laneBox(lane: Lane, metrics: ChartMetrics): LaneBox {
  return {
    bandHeight: lane.height - metrics.laneGap / 2,
    glyphX: 4,
    glyphY: lane.y + 4,
    nameX: 22,
    nameY: lane.y + 15,
  };
}
