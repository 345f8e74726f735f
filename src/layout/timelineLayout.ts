import type { TimelineEvent } from '../data/timelineEvent.ts';
import type { TimelineEra } from '../data/timelineEra.ts';
import { layoutEras, type EraLayout } from './eraBands.ts';
import { placeLabels, type PlacedLabel } from './labels.ts';
import { laneInputs } from './laneInputs.ts';
import { layoutLanes, METRICS, type LaneLayout } from './lanes.ts';
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
}

export interface TimelineLayout {
  x: TimeScale;
  ticks: AxisTicks;
  eras: EraLayout;
  lanes: LaneLayout;
  labels: PlacedLabel[];
}

/**
 * Lays out one frame of the timeline: the scale, the axis ticks, the era strip, then the lanes
 * below it with their marks and clusters, then the labels around them.
 */
export function timelineLayout(input: TimelineInputs): TimelineLayout {
  const { range, width, measure } = input;
  const x = timeScale([range.from, range.to], [0, width]);
  const eras = input.eras.length
    ? layoutEras(input.eras, x, width, measure)
    : { bands: [], rows: 0 };
  const lanes = layoutLanes(
    laneInputs(input.lanes, input.laneIndex, x, width, input.pinned),
    x,
    METRICS.axis + eras.rows * METRICS.eraRow,
  );
  const labels = placeLabels(lanes, width, {
    pinned: input.selectedId,
    measure,
    // A lane's header: its 14 px glyph and its name in 12 px bold (a tenth wider than regular).
    headerWidth: (id) => 30 + measure(input.laneName(id)) * 1.1,
    landmarks: input.landmarks.filter((e) => e.t1 > range.from && e.t0 < range.to),
  });
  return { x, ticks: axisTicks(range, width), eras, lanes, labels };
}
