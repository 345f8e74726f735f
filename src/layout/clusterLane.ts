import type { TimeScale } from './timeScale.ts';
import type { TimelineEvent } from '../data/timelineEvent.ts';
import { bisectLeft } from 'd3-array';
import type { LaneIndex } from './timeIndex.ts';

const HOUR = 3_600_000;

/** A group of events too close to draw apart at this zoom: drawn as one mark with its count. */
export interface Cluster {
  /**
   * Stable key: the lane and the cluster's first event. A cluster keeps its element (and focus)
   * while panning, and when zooming halves or doubles the bins, the clusters whose first event
   * stays first keep theirs, so a zoom step rebuilds about half of them rather than all.
   */
  key: string;
  lane: string;
  count: number;
  /** Where its events are drawn, first and last. */
  t0: number;
  t1: number;
  /** Centre and extent on screen. */
  x: number;
  x0: number;
  x1: number;
  /** The events, only when there are few (for the accessible name); otherwise the first and last. */
  first: TimelineEvent;
  last: TimelineEvent;
}

/** The radius of a cluster's circle: grows with the count's digits, from 9 px to 14 px. */
export function clusterRadius(count: number): number {
  return Math.min(14, 9 + Math.log10(count) * 2.5);
}

export interface DenseLane {
  clusters: Cluster[];
  /** Events alone in their bin, drawn as ordinary marks. */
  singles: TimelineEvent[];
}

/**
 * Groups a dense lane's events into bins `binPx` wide. Bin edges sit on a fixed grid of time (a
 * multiple of the bin's duration), so clusters stay put while panning and split as you zoom in.
 * Costs two binary searches per bin: independent of how many events the dataset has.
 */
export function clusterLane(
  lane: string,
  index: LaneIndex,
  x: TimeScale,
  binPx: number,
): DenseLane {
  const [d0, d1] = x.domain;
  const [r0, r1] = x.range;
  // Bin durations come from a ladder of powers of two (in hours), so the grid stays the same while
  // zooming within a factor of two: clusters keep their identity and only move.
  const wanted = (binPx * (d1 - d0)) / Math.max(1, r1 - r0);
  const binMs = HOUR * 2 ** Math.ceil(Math.log2(Math.max(wanted, HOUR) / HOUR));
  const clusters: Cluster[] = [];
  const singles: TimelineEvent[] = [];
  let edge = Math.floor(d0 / binMs) * binMs;
  let i = bisectLeft(index.sortedAt, edge);
  while (edge < d1) {
    const next = edge + binMs;
    const j = bisectLeft(index.sortedAt, next);
    if (j - i === 1) singles.push(index.events[index.byAt[i]!]!);
    else if (j > i) {
      const first = index.events[index.byAt[i]!]!;
      const last = index.events[index.byAt[j - 1]!]!;
      const t0 = index.sortedAt[i]!;
      const t1 = index.sortedAt[j - 1]!;
      const xa = x(t0);
      const xb = x(t1);
      clusters.push({
        key: `${lane}:${first.id}`,
        lane,
        count: j - i,
        t0,
        t1,
        x: (xa + xb) / 2,
        x0: Math.min(xa, (xa + xb) / 2 - 12),
        x1: Math.max(xb, (xa + xb) / 2 + 12),
        first,
        last,
      });
    }
    edge = next;
    i = j;
  }
  return { clusters, singles };
}
