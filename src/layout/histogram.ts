import { drawnAt, type TimelineEvent } from '../data/timelineEvent.ts';
import type { TimeRange } from './timeRange.ts';

/** Counts of events per category in `bins` equal slices of the extent, for the overview strip. */
export interface Histogram {
  bins: number;
  /** counts.get(category)[i]: events of the category in slice i. */
  counts: Map<string, Uint32Array>;
  /** The largest total of any slice, for the vertical scale. */
  max: number;
}

/** One pass over the events (run when the filters change, never per frame). */
export function histogram(
  events: readonly TimelineEvent[],
  extent: TimeRange,
  bins: number,
): Histogram {
  const n = Math.max(1, Math.floor(bins));
  const counts = new Map<string, Uint32Array>();
  const totals = new Uint32Array(n);
  const span = extent.to - extent.from;
  for (const e of events) {
    const t = drawnAt(e);
    const i = Math.min(n - 1, Math.max(0, Math.floor(((t - extent.from) / span) * n)));
    const row =
      counts.get(e.category) ?? counts.set(e.category, new Uint32Array(n)).get(e.category)!;
    row[i]!++;
    totals[i]!++;
  }
  return { bins: n, counts, max: Math.max(1, ...totals) };
}
