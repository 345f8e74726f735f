import { bisectLeft, bisectRight } from 'd3-array';
import { drawnAt, type TimelineEvent } from '../data/timelineEvent.ts';
import { DAY } from '../data/day.ts';

/**
 * Events of one lane indexed by time, so a window's events are found by binary search
 * (O(log n + k)) instead of a scan of the whole dataset on every frame.
 */
export interface LaneIndex {
  /** Events sorted by start, and their starts. */
  events: TimelineEvent[];
  starts: Float64Array;
  /** The longest span among events not in `long`: nothing else can start further before a window and reach into it. */
  maxSpan: number;
  /** The few events much longer than the rest (multi-year campaigns), checked one by one. */
  long: TimelineEvent[];
  /** Indices of `events` sorted by `at`, with the positions in that order. */
  byAt: Uint32Array;
  sortedAt: Float64Array;
  /** Every event's end, sorted: with `starts`, counts the events overlapping a window by binary search. */
  sortedEnds: Float64Array;
}

/** Events longer than this go in `long`: a year-precision date spans a year, so they are rare. */
export const LONG_SPAN = 400 * DAY;

export function createLaneIndex(events: readonly TimelineEvent[]): LaneIndex {
  // Datasets arrive sorted by time, so this sort usually only confirms the order.
  const sorted = [...events].sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1);
  const n = sorted.length;
  const starts = new Float64Array(n);
  const at = new Float64Array(n);
  const long: TimelineEvent[] = [];
  let maxSpan = 0;
  // One pass with plain loops: this runs for every event when a large file loads.
  for (let i = 0; i < n; i++) {
    const e = sorted[i]!;
    starts[i] = e.t0;
    at[i] = drawnAt(e);
    const span = e.t1 - e.t0;
    if (span > LONG_SPAN) long.push(e);
    else if (span > maxSpan) maxSpan = span;
  }
  const byAt = new Uint32Array(n);
  for (let i = 0; i < n; i++) byAt[i] = i;
  byAt.sort((a, b) => at[a]! - at[b]!);
  const sortedAt = new Float64Array(n);
  for (let i = 0; i < n; i++) sortedAt[i] = at[byAt[i]!]!;
  const sortedEnds = Float64Array.from(sorted, (e) => e.t1).sort();
  return { events: sorted, starts, maxSpan, long, byAt, sortedAt, sortedEnds };
}

/** Indexes events per lane (category). */
export function indexByLane(events: readonly TimelineEvent[]): Map<string, LaneIndex> {
  const groups = new Map<string, TimelineEvent[]>();
  for (const e of events)
    (groups.get(e.category) ?? groups.set(e.category, []).get(e.category)!).push(e);
  return new Map([...groups].map(([lane, list]) => [lane, createLaneIndex(list)]));
}

/**
 * The events that overlap [from, to). Only events starting at most `maxSpan` before the window
 * are looked at, plus the few long ones, so the cost is the window's events, not the lane's.
 */
export function eventsIn(index: LaneIndex, from: number, to: number): TimelineEvent[] {
  const hi = bisectLeft(index.starts, to);
  const out: TimelineEvent[] = index.long.filter((e) => e.t0 < to && e.t1 > from);
  for (let i = bisectLeft(index.starts, from - index.maxSpan); i < hi; i++) {
    const e = index.events[i]!;
    if (e.t1 > from && e.t1 - e.t0 <= LONG_SPAN) out.push(e);
  }
  return out;
}

/** Ranges that began before `from` and still run into it: drawn as bars even where the lane is clustered. */
export function rangesRunningAt(index: LaneIndex, from: number): TimelineEvent[] {
  const out = index.long.filter((e) => e.isRange && e.t0 < from && e.t1 > from);
  for (
    let i = bisectLeft(index.starts, from - index.maxSpan), hi = bisectLeft(index.starts, from);
    i < hi;
    i++
  ) {
    const e = index.events[i]!;
    if (e.isRange && e.t1 > from && e.t1 - e.t0 <= LONG_SPAN) out.push(e);
  }
  return out;
}

/**
 * How many events overlap [from, to), the same events as eventsIn, by two binary searches: those
 * starting before `to`, less those that ended by `from` (which all started before `to` too).
 */
export function countIn(index: LaneIndex, from: number, to: number): number {
  return bisectLeft(index.starts, to) - bisectRight(index.sortedEnds, from);
}

/** How many events are drawn at positions within [from, to): binary searches only. */
export function countAt(index: LaneIndex, from: number, to: number): number {
  return bisectLeft(index.sortedAt, to) - bisectLeft(index.sortedAt, from);
}
