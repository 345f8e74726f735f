import type { TimeScale } from './timeScale.ts';
import type { TimelineEvent } from '../data/timelineEvent.ts';
import { clusterLane } from './clusterLane.ts';
import type { LaneInput } from './lanes.ts';
import { METRICS } from './lanes.ts';
import { countAt, eventsIn, rangesRunningAt, type LaneIndex } from './timeIndex.ts';

/** Width of a cluster's bin in CSS pixels: a 24 px target plus a little air. */
export const BIN_PX = 30;

/**
 * Decides, lane by lane, what to draw in the window: every event when they fit (a lane is sparse
 * while it has fewer events than about two per bin across its rows), else clusters. `pinned`
 * events (the selected and the focused one) are always drawn as marks, even inside a cluster, so
 * the keyboard focus and the open event stay real, named elements. Lanes in `clustered` are
 * clustered however few their events (fitLanes asks for it when they need more rows than fit).
 * Work per frame is binary searches plus the events actually drawn, never the whole dataset.
 */
export function laneInputs(
  lanes: readonly string[],
  indexes: ReadonlyMap<string, LaneIndex>,
  x: TimeScale,
  width: number,
  pinned: readonly TimelineEvent[] = [],
  clustered: ReadonlySet<string> = new Set(),
): LaneInput[] {
  const [from, to] = x.domain;
  // Events a glyph's width beyond the edges are drawn too, so marks slide in and out smoothly.
  const margin = (METRICS.glyph * 2 * (to - from)) / Math.max(width, 1);
  const capacity = Math.max(8, Math.floor(width / BIN_PX) * 2);
  return lanes.map((category) => {
    const index = indexes.get(category);
    if (!index) return { category, events: [] };
    const extra = [...new Set(pinned)].filter((e) => e.category === category);
    if (!clustered.has(category) && countAt(index, from - margin, to + margin) <= capacity) {
      const events = eventsIn(index, from - margin, to + margin);
      return { category, events: [...events, ...extra.filter((e) => !events.includes(e))] };
    }
    const dense = clusterLane(category, index, x, BIN_PX);
    // Bins hold events by where they are drawn; a bar that began before the window is added as it is.
    // A bar that began before the window may also be a single of its bin: each event once, as a
    // keyed element can only be drawn once.
    const singles = new Set(dense.singles);
    const events = [...singles, ...rangesRunningAt(index, from).filter((e) => !singles.has(e))];
    return {
      category,
      events: [...events, ...extra.filter((e) => !events.includes(e))],
      clusters: dense.clusters,
    };
  });
}
