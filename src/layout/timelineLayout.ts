import type { TimelineEvent } from '../data/timelineEvent.ts';
import type { TimelineEra } from '../data/timelineEra.ts';
import { layoutEras, type EraLayout } from './eraBands.ts';
import { placeLabels, type PlacedLabel } from './labels.ts';
import { fitLanes, rowBudget, type LaneFit } from './fitLanes.ts';
import { nextLabelRow } from './labelRows.ts';
import { chartBudget, chartMetrics, type ChartRoom } from './chartBudget.ts';
import { laneGutter, type LaneGutter } from './laneGutter.ts';
import { METRICS, type ChartMetrics, type LaneLayout } from './lanes.ts';
import { axisTicks, type AxisTicks } from './ticks.ts';
import type { LaneIndex } from './timeIndex.ts';
import type { TimeRange } from './timeRange.ts';
import { timeScale, type TimeScale } from './timeScale.ts';

/** What one frame of the timeline is drawn from. */
export interface TimelineInputs {
  range: TimeRange;
  width: number;
  /** The lanes drawn, in order, and their events indexed by time. */
  lanes: readonly string[];
  laneIndex: ReadonlyMap<string, LaneIndex>;
  /** Events drawn as marks even inside a cluster (see pinnedEvents). */
  pinned: readonly TimelineEvent[];
  /** The eras to draw (none when they are hidden). */
  eras: readonly TimelineEra[];
  /** The landmarks that pass the filters: those in the window win label space first. */
  landmarks: readonly TimelineEvent[];
  /** The open event: labelled before any other. */
  selectedId: string | null;
  /** Text width in CSS pixels (canvas in the browser, an estimate in Node). */
  measure: (text: string) => number;
  /** A lane's name, whose header labels keep clear of. */
  laneName: (category: string) => string;
  /** The room the chart has on the page, which its lanes fit (chartBudget); no limit when absent. */
  room?: ChartRoom;
}

export interface TimelineLayout {
  x: TimeScale;
  ticks: AxisTicks;
  eras: EraLayout;
  lanes: LaneLayout;
  labels: PlacedLabel[];
  /** The metrics the chart is drawn with (COMPACT in a short embed). */
  metrics: ChartMetrics;
  /** The gutter left of the chart for a compact chart's lane names; the scale starts after it. */
  gutter: LaneGutter;
  /** Whether the embed's overview gives its room to the chart, which then labels more landmarks. */
  overviewDropped: boolean;
}

/** The landmarks that no label names. */
function unlabelled(landmarks: readonly TimelineEvent[], labels: readonly PlacedLabel[]) {
  const named = new Set(labels.map((l) => l.id));
  return landmarks.filter((e) => !named.has(e.id));
}

/**
 * Lays out one frame of the timeline: the scale, the axis ticks, the era strip, then the lanes
 * below it with their marks and clusters, fitted to the room the chart has (fitLanes), then the
 * labels around them; lanes whose landmarks lack a label are given label rows where there is room.
 */
export function timelineLayout(input: TimelineInputs): TimelineLayout {
  const { range, room } = input;
  const inWindow = (e: TimelineEvent) => e.t1 > range.from && e.t0 < range.to;
  // The open event (a slide's step) must be named as a landmark must: its lane gets a label row too.
  const open = input.pinned.find((e) => e.id === input.selectedId && e.importance !== 3);
  const landmarks = [...input.landmarks, ...(open ? [open] : [])].filter(inWindow);
  const frame = layoutIn(input, landmarks);
  // An embed whose landmarks found no room takes the overview's room too, when that labels more
  // of them: the chart still pans by drag and keys, and zooms with its buttons.
  if (!room?.overview) return frame;
  const missed = unlabelled(landmarks, frame.labels).length;
  if (!missed) return frame;
  // Field by field: a room may be a class whose fields are accessors, which a spread would drop.
  const { viewport, top, below, embed } = room;
  const roomier = layoutIn(
    { ...input, room: { viewport, top, below, embed, overview: 0 } },
    landmarks,
  );
  return unlabelled(landmarks, roomier.labels).length < missed
    ? { ...roomier, overviewDropped: true }
    : frame;
}

/** One frame in the room `input` gives, with `landmarks` the landmarks in the window (and the open event). */
function layoutIn(input: TimelineInputs, landmarks: readonly TimelineEvent[]): TimelineLayout {
  const { range, width, measure, room } = input;
  const erasAt = (w: number): EraLayout =>
    input.eras.length
      ? layoutEras(input.eras, timeScale([range.from, range.to], [0, w]), w, measure)
      : { bands: [], rows: 0 };
  let eras = erasAt(width);
  const count = input.lanes.length;
  const height = room ? chartBudget(room, count, eras.rows) : Infinity;
  const metrics = room ? chartMetrics(room, height, count, eras.rows) : METRICS;
  const gutter = metrics.laneHeader
    ? { width: 0, names: false }
    : laneGutter(input.lanes.map(input.laneName), width, measure);
  // A compact chart's lanes have no header row: their names take a gutter, and the chart the rest.
  const w = width - gutter.width;
  if (gutter.width) eras = erasAt(w);
  const x = timeScale([range.from, range.to], [0, w]);
  const fit = (labelRows: ReadonlySet<string>): LaneFit => ({
    top: metrics.axis + eras.rows * metrics.eraRow,
    height,
    metrics,
    labelRows,
  });
  // A compact chart first gives label rows to lanes whose landmarks find no room, and only then
  // lets a landmark move another's label aside (which may shorten it).
  const frame = (labelRows: ReadonlySet<string>, moveAside = !metrics.labelRow) => {
    const lanes = fitLanes(input.lanes, input.laneIndex, x, w, fit(labelRows), input.pinned);
    const labels = placeLabels(lanes, w, {
      pinned: input.selectedId,
      measure,
      metrics,
      // A lane's header: its 14 px glyph and its name in 12 px bold (a tenth wider than regular).
      headerWidth: (id) => (metrics.laneHeader ? 30 + measure(input.laneName(id)) * 1.1 : 0),
      landmarks,
      moveAside,
    });
    return { lanes, labels };
  };
  let labelRows = new Set<string>();
  let { lanes, labels } = frame(labelRows);
  // A compact lane's landmarks that find no room beside their marks get a label row, while the
  // frame still has room for one more and every lane keeps its row (nextLabelRow picks the lane).
  // A full-size chart fitted to its room gives such a lane a row more, where the room has one,
  // and keeps it only if more landmarks are then labelled.
  const tried = new Set<string>();
  while (metrics.labelRow || room) {
    const wanting = unlabelled(landmarks, labels).map((e) => e.category);
    const lane = nextLabelRow(input.lanes, wanting, tried, !!metrics.labelRow);
    const more = new Set(labelRows).add(lane ?? '');
    if (!lane || rowBudget(count, fit(more)) < count) break;
    tried.add(lane);
    const next = frame(more);
    if (!metrics.labelRow && unlabelled(landmarks, next.labels).length >= wanting.length) continue;
    labelRows = more;
    ({ lanes, labels } = next);
  }
  if (metrics.labelRow && unlabelled(landmarks, labels).length)
    ({ lanes, labels } = frame(labelRows, true));
  return {
    x,
    ticks: axisTicks(range, w),
    eras,
    lanes,
    labels,
    metrics,
    gutter,
    overviewDropped: false,
  };
}
