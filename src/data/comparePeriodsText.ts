import { parsePartialDate, toIsoDay } from './partialDate.ts';
import { DAY } from './day.ts';

/** Two windows of time set side by side; each `to` is exclusive (the first instant after it). */
export type ComparePeriods = [{ from: number; to: number }, { from: number; to: number }];

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
export function formatComparePeriods(periods: readonly { from: number; to: number }[]): string {
  return periods.map((p) => `${toIsoDay(p.from)}/${toIsoDay(p.to - DAY)}`).join(',');
}
