import type { PeriodSummary } from './comparePeriods.ts';

/** A window's events as ticks on a strip drawn at the comparison's shared time scale. */
export interface PeriodStrip {
  /** The strip's width in percent of its column: the window's length over the longer window's. */
  widthPercent: number;
  /** Each event's tick, from 0 to `units` across the strip. */
  ticks: { id: string; x: number }[];
}

/** The scales both compared windows are drawn on, so that their bars and strips compare. */
export interface CompareScales {
  /** The largest count of a category in either window (at least 1): the bars' full length. */
  maxCount: number;
  /** The longer window's length: the strips' full width. */
  maxSpan: number;
}

/** The shared scales of the compared windows, on screen and in the exported figure alike. */
export function compareScales(
  summaries: readonly Pick<PeriodSummary, 'byCategory' | 'range'>[],
): CompareScales {
  return {
    maxCount: Math.max(1, ...summaries.flatMap((s) => s.byCategory.map((c) => c.count))),
    maxSpan: Math.max(...summaries.map((s) => s.range.to - s.range.from)),
  };
}

/** Lays out a window's strip of events, `units` wide, for windows up to `maxSpan` long. */
export function periodStrip(s: PeriodSummary, maxSpan: number, units = 1000): PeriodStrip {
  const { from, to } = s.range;
  return {
    widthPercent: ((to - from) / maxSpan) * 100,
    ticks: s.events.map((e) => ({ id: e.id, x: ((e.t0 - from) / (to - from)) * units })),
  };
}

/** A category's bar in percent of the longest: its count over the largest count in either window. */
export const barPercent = (count: number, maxCount: number): number =>
  (count / Math.max(1, maxCount)) * 100;
