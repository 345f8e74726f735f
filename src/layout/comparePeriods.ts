import { parsePartialDate, toIsoDay } from '../data/partialDate.ts';
import type { TimelineEvent } from '../data/timelineEvent.ts';
import { DAY } from '../data/day.ts';
import type { TimeRange } from './timeRange.ts';

/** Two windows of time set side by side; each `to` is exclusive (the first instant after it). */
export type ComparePeriods = [TimeRange, TimeRange];

/** What one window holds: its events, how many of each category, and its thefts. */
export interface PeriodSummary {
  range: TimeRange;
  /** The events whose date begins in the window, in time order. */
  events: TimelineEvent[];
  /** Events per category, in the order of the categories given (zeros included). */
  byCategory: { category: string; count: number }[];
  thefts: number;
  /** The sum of the thefts' `amountUsd`; thefts with no amount add nothing. */
  stolenUsd: number;
  /** Thefts with no amount on record, so a reader knows the total leaves them out. */
  theftsWithoutAmount: number;
}

/**
 * Sums up each window. An event counts in the window where its date begins, so a long campaign is
 * counted once, and a year-precision event ("2016") at the start of its year.
 */
export function comparePeriods(
  events: readonly TimelineEvent[],
  periods: readonly TimeRange[],
  categoryIds: readonly string[],
): PeriodSummary[] {
  return periods.map((range) => {
    const inside = events.filter((e) => e.t0 >= range.from && e.t0 < range.to);
    const counts = new Map(categoryIds.map((c) => [c, 0]));
    let thefts = 0;
    let stolenUsd = 0;
    let theftsWithoutAmount = 0;
    for (const e of inside) {
      counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
      if (e.category !== 'theft') continue;
      thefts++;
      if (e.amountUsd) stolenUsd += e.amountUsd;
      else theftsWithoutAmount++;
    }
    const byCategory = [...counts].map(([category, count]) => ({ category, count }));
    return { range, events: inside, byCategory, thefts, stolenUsd, theftsWithoutAmount };
  });
}

/** The same instant `months` later (or earlier, if negative), UTC, with days past a month's end rolled back to its last day. */
function addMonths(t: number, months: number): number {
  const d = new Date(t);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  return Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d.getUTCDate(), lastDay));
}

/** The `months` before a day and the `months` from it: the default comparison around an event. */
export function periodsAround(t: number, months = 12): ComparePeriods {
  const day = Math.floor(t / DAY) * DAY;
  return [
    { from: addMonths(day, -months), to: day },
    { from: day, to: addMonths(day, months) },
  ];
}

/** Reads `2017-06-12/2018-06-11,2018-06-12/2019-06-11` (inclusive days, as people write them); null if it is not two good windows. */
export function parseComparePeriods(text: string | null | undefined): ComparePeriods | null {
  const parts = (text ?? '').split(',');
  if (parts.length !== 2) return null;
  const periods = parts.map((part) => {
    const [a, b, extra] = part.trim().split('/');
    if (extra !== undefined || !a || !b) return null;
    const from = parsePartialDate(a);
    const to = parsePartialDate(b);
    return from && to && from.start < to.end ? { from: from.start, to: to.end } : null;
  });
  return periods[0] && periods[1] ? [periods[0], periods[1]] : null;
}

/** Writes two windows as the URL and stories write them: inclusive days. */
export function formatComparePeriods(periods: readonly TimeRange[]): string {
  return periods.map((p) => `${toIsoDay(p.from)}/${toIsoDay(p.to - DAY)}`).join(',');
}
