import type { ComparePeriods } from '../data/comparePeriodsText.ts';
import { DAY, YEAR } from '../data/day.ts';
import { civilDayOf, daysFromCivil, daysInMonth, yearStart } from '../data/civilDays.ts';
import type { TimeRange } from './timeRange.ts';

/** The same day `months` later (or earlier, if negative), in any year, with days past a month's end rolled back to its last day. */
function addMonths(t: number, months: number): number {
  const { year, month, day } = civilDayOf(t);
  const index = year * 12 + month - 1 + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return daysFromCivil(y, m, Math.min(day, daysInMonth(y, m))) * DAY;
}

/** The `months` before a day and the `months` from it: the default comparison around an event. */
export function periodsAround(t: number, months = 12): ComparePeriods {
  const day = Math.floor(t / DAY) * DAY;
  return [
    { from: addMonths(day, -months), to: day },
    { from: day, to: addMonths(day, months) },
  ];
}

/**
 * The comparison the Compare button opens: the 12 months before and after the selected event (or
 * the middle of the window), or, where the window spans more than a century (a file of history or
 * of deep time), the round number of years on either side that fits in the window: 500 years
 * before and after 1 BC, a billion years before and after 6 billion years ago.
 */
export function defaultComparison(window: TimeRange, event: number | null): ComparePeriods {
  const at = event ?? (window.from + window.to) / 2;
  const years = (window.to - window.from) / YEAR;
  if (years <= 100) return periodsAround(at);
  const power = 10 ** Math.floor(Math.log10(years / 2));
  const half = [5, 2, 1].map((m) => m * power).find((n) => n <= years / 2)!;
  const year = civilDayOf(at).year;
  const start = (y: number) => yearStart(y);
  return [
    { from: start(year - half), to: start(year) },
    { from: start(year), to: start(year + half) },
  ];
}
