import { civilDayOf } from '../data/civilDays.ts';
import { DAY, YEAR } from '../data/day.ts';
import { formatYearAt } from '../data/formatYear.ts';
import { toIsoDay } from '../data/partialDate.ts';
import { parseDateText } from '../data/parseDateText.ts';
import type { TimeRange } from './timeRange.ts';

/** Which end of a window a date field sets. */
export type PeriodEnd = 'from' | 'to';

/** A window of time, or why an edit to it could not be made. */
export type PeriodEdit = { ok: true; range: TimeRange } | { ok: false; message: string };

/**
 * What a window's date fields show: its first and last days ("2017-06-12", "-0044-03-15") for a
 * window of less than a century, else its first and last years as the axis writes them ("509 BC",
 * "650", "13.8 billion years ago"), as precise as the window's span needs. Either reads back.
 */
export function periodFieldValues(range: TimeRange): Record<PeriodEnd, string> {
  const last = range.to - DAY;
  const years = (range.to - range.from) / YEAR;
  if (years < 100) return { from: toIsoDay(range.from), to: toIsoDay(last) };
  const step = 10 ** Math.floor(Math.log10(years / 10));
  const year = (ms: number) => formatYearAt(civilDayOf(ms).year, step);
  return { from: year(range.from), to: year(last) };
}

/**
 * A window with one end set from what a reader typed: "from" starts where the date starts, "to"
 * ends where it ends (so "to 28 BC" takes in all of 28 BC). A date that cannot be read, or that
 * would leave the window ending before it starts, comes back with what to write instead.
 */
export function editPeriod(range: TimeRange, end: PeriodEnd, text: string): PeriodEdit {
  const read = parseDateText(text);
  if (!read.ok) return read;
  const next =
    end === 'from' ? { ...range, from: read.date.start } : { ...range, to: read.date.end };
  if (next.from < next.to) return { ok: true, range: next };
  const other = periodFieldValues(range)[end === 'from' ? 'to' : 'from'];
  return {
    ok: false,
    message:
      end === 'from'
        ? `This is after the window's end (${other}): write an earlier date, or change "to" first.`
        : `This is before the window's start (${other}): write a later date, or change "from" first.`,
  };
}

/** A date field's width in characters: room for what it shows and a caret, at least "2016-01-01 ". */
export const fieldSize = (value: string): number => Math.max(11, value.length + 1);
