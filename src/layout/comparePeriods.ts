import type { TimelineEvent } from '../data/timelineEvent.ts';
import { DAY } from '../data/day.ts';
import { toIsoDay } from '../data/partialDate.ts';
import type { TimeRange } from './timeRange.ts';

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

/** The windows' names, in order. */
export const COMPARE_LABELS = ['Before', 'After'] as const;

/** What a comparison's numbers can and cannot show: on screen under the view, and in its exports. */
export const COMPARE_NOTE =
  "What these numbers can show: what this dataset records in each window, counted where each event's date begins, on the same scales. What they cannot: the true number of operations. Reporting lags, so the later window is usually the less complete; attribution often comes years after the fact, so recent thefts and attacks are missing until a government or researchers name North Korea; and amounts are as reported at the time, with some thefts having none.";

/** The same for a reader's own file, about which this site knows only what the file says. */
export const OWN_DATA_COMPARE_NOTE =
  "What these numbers can show: what this file records in each window, counted where each event's date begins, on the same scales. What they cannot: what the file leaves out, or whether each window was recorded as fully as the other.";

/**
 * The note for a comparison: the curated data's, about its thefts, reporting lag and attribution,
 * where the data has the curated theft category; else the plain note for a reader's own file (a
 * timeline of Rome has no thefts to count, and nothing to do with North Korea).
 */
export const compareNote = (categoryById: Pick<ReadonlyMap<string, unknown>, 'has'>): string =>
  categoryById.has('theft') ? COMPARE_NOTE : OWN_DATA_COMPARE_NOTE;

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

/** A window's numbers as a plain record, for the JSON export: its dates (inclusive days), thefts and events per category. */
export function periodRecord(s: PeriodSummary, label: string) {
  return {
    period: label,
    from: toIsoDay(s.range.from),
    to: toIsoDay(s.range.to - DAY),
    thefts: s.thefts,
    stolenUsd: s.stolenUsd,
    theftsWithoutAmount: s.theftsWithoutAmount,
    eventsPerCategory: Object.fromEntries(s.byCategory.map((c) => [c.category, c.count])),
  };
}
