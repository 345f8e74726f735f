import { drawnAt, type TimelineEvent } from '../data/timelineEvent.ts';

/**
 * Events of one lane indexed by time, so a window's events are found by binary search
 * (O(log n + k)) instead of a scan of the whole dataset on every frame.
 */
export interface LaneIndex {
  /** Events sorted by start, and their starts. */
  events: TimelineEvent[];
  starts: Float64Array;
  /** maxEnd[i]: the latest end among events[0..i], non-decreasing, to find ranges begun before a window. */
  maxEnd: Float64Array;
  /** Where each event is drawn (the middle of a point's period, a range's start), for binning. */
  at: Float64Array;
  /** Indices of `events` sorted by `at`, with the positions in that order. */
  byAt: Uint32Array;
  sortedAt: Float64Array;
}

export function createLaneIndex(events: readonly TimelineEvent[]): LaneIndex {
  const sorted = [...events].sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1);
  const maxEnd = new Float64Array(sorted.length);
  const at = new Float64Array(sorted.length);
  let latest = -Infinity;
  sorted.forEach((e, i) => {
    latest = Math.max(latest, e.t1);
    maxEnd[i] = latest;
    at[i] = drawnAt(e);
  });
  const byAt = Uint32Array.from(sorted.keys()).sort((a, b) => at[a]! - at[b]!);
  const sortedAt = Float64Array.from(byAt, (i) => at[i]!);
  return { events: sorted, starts: Float64Array.from(sorted, (e) => e.t0), maxEnd, at, byAt, sortedAt };
}

/** Indexes events per lane (category). */
export function indexByLane(events: readonly TimelineEvent[]): Map<string, LaneIndex> {
  const groups = new Map<string, TimelineEvent[]>();
  for (const e of events) (groups.get(e.category) ?? groups.set(e.category, []).get(e.category)!).push(e);
  return new Map([...groups].map(([lane, list]) => [lane, createLaneIndex(list)]));
}

/** First index i in a sorted array with array[i] >= value (or > value when `strict`). */
export function lowerBound(array: ArrayLike<number>, value: number, strict = false): number {
  let lo = 0;
  let hi = array.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (strict ? array[mid]! <= value : array[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The events that overlap [from, to), in start order. */
export function eventsIn(index: LaneIndex, from: number, to: number): TimelineEvent[] {
  const hi = lowerBound(index.starts, to);
  const lo = lowerBound(index.maxEnd, from, true);
  const out: TimelineEvent[] = [];
  for (let i = lo; i < hi; i++) if (index.events[i]!.t1 > from) out.push(index.events[i]!);
  return out;
}

/** How many events are drawn at positions within [from, to): binary searches only. */
export function countAt(index: LaneIndex, from: number, to: number): number {
  return lowerBound(index.sortedAt, to) - lowerBound(index.sortedAt, from);
}
