import type { PeriodSummary } from './comparePeriods.ts';

/** A window's events as ticks on a strip drawn at the comparison's shared time scale. */
export interface PeriodStrip {
  /** The strip's width as a share of its column: the window's length over the longer window's. */
  share: number;
  /** Each event's tick, from 0 to `units` across the strip. */
  ticks: { id: string; x: number }[];
}

/** Lays out a window's strip of events, `units` wide, for windows up to `maxSpan` long. */
export function periodStrip(s: PeriodSummary, maxSpan: number, units = 1000): PeriodStrip {
  const { from, to } = s.range;
  return {
    share: (to - from) / maxSpan,
    ticks: s.events.map((e) => ({ id: e.id, x: ((e.t0 - from) / (to - from)) * units })),
  };
}

/** A category's bar as a share of the longest: its count over the largest count in either window. */
export const barShare = (count: number, maxCount: number): number => count / Math.max(1, maxCount);
