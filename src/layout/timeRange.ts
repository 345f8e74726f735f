import { DAY } from '../data/day.ts';

/** A window of time in UTC milliseconds; `from` < `to`. */
export interface TimeRange {
  from: number;
  to: number;
}

/** The closest zoom: a few days across the whole width. */
export const MIN_SPAN = 4 * DAY;

/** The whole span of the events, padded so the first and last marks do not sit on the edges. */
export function extentOf(items: readonly { t0: number; t1: number }[], padding = 0.03): TimeRange {
  if (items.length === 0) {
    const now = Date.UTC(2026, 0, 1);
    return { from: now - 365 * DAY, to: now };
  }
  let from = Infinity;
  let to = -Infinity;
  for (const e of items) {
    if (e.t0 < from) from = e.t0;
    if (e.t1 > to) to = e.t1;
  }
  const pad = Math.max((to - from) * padding, 30 * DAY);
  return { from: from - pad, to: to + pad };
}

/** Keeps a range inside the extent and at least MIN_SPAN wide, preserving its centre where it can. */
export function clampRange(range: TimeRange, extent: TimeRange, minSpan = MIN_SPAN): TimeRange {
  const maxSpan = extent.to - extent.from;
  const span = Math.min(Math.max(range.to - range.from, minSpan), maxSpan);
  const centre = (range.from + range.to) / 2;
  const from = Math.min(Math.max(centre - span / 2, extent.from), extent.to - span);
  return { from, to: from + span };
}

/** Zooms by `factor` (> 1 zooms in) keeping the instant `anchor` at the same place on screen. */
export function zoomRange(
  range: TimeRange,
  factor: number,
  anchor = (range.from + range.to) / 2,
): TimeRange {
  return {
    from: anchor - (anchor - range.from) / factor,
    to: anchor + (range.to - anchor) / factor,
  };
}

/** Moves the range so that `t` is in its centre, keeping its span. */
export function centreOn(range: TimeRange, t: number): TimeRange {
  const half = (range.to - range.from) / 2;
  return { from: t - half, to: t + half };
}

/**
 * True when two ranges are the same to within a millisecond, or, far from 1970, to within the
 * rounding of their numbers (13.8 billion years ago a millisecond is below a double's precision).
 */
export function sameRange(a: TimeRange, b: TimeRange): boolean {
  const within = Math.max(1, (Math.abs(a.from) + Math.abs(a.to)) * 1e-12);
  return Math.abs(a.from - b.from) < within && Math.abs(a.to - b.to) < within;
}

/** Moves a range by `delta` milliseconds, keeping its span. */
export function panRange(range: TimeRange, delta: number): TimeRange {
  return { from: range.from + delta, to: range.to + delta };
}

/** Moves one edge of a range to `t`, never letting the edges cross. */
export function resizeRange(
  range: TimeRange,
  edge: 'from' | 'to',
  t: number,
  minSpan: number,
): TimeRange {
  return edge === 'from'
    ? { from: Math.min(t, range.to - minSpan), to: range.to }
    : { from: range.from, to: Math.max(t, range.from + minSpan) };
}

/** At least a year around an event, so its neighbours give context; longer events get their length. */
export function windowAround(event: { t0: number; t1: number }, minSpan = 365 * DAY): TimeRange {
  const span = Math.max(minSpan, (event.t1 - event.t0) * 1.6);
  const mid = (event.t0 + event.t1) / 2;
  return { from: mid - span / 2, to: mid + span / 2 };
}
