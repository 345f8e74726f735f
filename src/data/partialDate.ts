import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);

/** How much of a date is known: "2016", "2016-02" or "2016-02-04". */
export type Precision = 'year' | 'month' | 'day';

/** A calendar date known only to a precision; `iso` is the text it came from. */
export interface PartialDate {
  iso: string;
  precision: Precision;
  /** First millisecond of the period, UTC. */
  start: number;
  /** First millisecond after the period, UTC (exclusive). */
  end: number;
}

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const UNIT = { year: 'year', month: 'month', day: 'day' } as const;

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; returns null for anything else or an impossible day. */
export function parsePartialDate(text: string): PartialDate | null {
  const m = SHAPE.exec(text);
  if (!m) return null;
  const [, y, mo, d] = m;
  const precision: Precision = d ? 'day' : mo ? 'month' : 'year';
  const month = mo ? Number(mo) : 1;
  const day = d ? Number(d) : 1;
  if (month < 1 || month > 12) return null;
  const begin = dayjs.utc(`${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  // dayjs rolls 2023-02-30 over to March; a rolled-over date is not the date that was written.
  if (!begin.isValid() || begin.date() !== day || begin.month() + 1 !== month) return null;
  return { iso: text, precision, start: begin.valueOf(), end: begin.add(1, UNIT[precision]).valueOf() };
}

const FORMAT: Record<Precision, string> = { year: 'YYYY', month: 'MMM YYYY', day: 'D MMM YYYY' };

/** Formats a date at exactly its precision: "2016", "Feb 2016", "4 Feb 2016". */
export function formatPartialDate(date: PartialDate): string {
  return dayjs.utc(date.start).format(FORMAT[date.precision]);
}

/** Formats a start and optional end as one span: "4 Feb 2016", "4 Feb 2016 – Mar 2016". */
export function formatDateSpan(start: PartialDate, end?: PartialDate): string {
  if (!end || end.iso === start.iso) return formatPartialDate(start);
  return `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
}

/** Formats a UTC instant as a day-precision ISO date, the form the URL uses. */
export function toIsoDay(ms: number): string {
  return dayjs.utc(ms).format('YYYY-MM-DD');
}

/** Formats a UTC instant as a day: "4 Feb 2016". */
export function formatInstant(ms: number): string {
  return dayjs.utc(ms).format(FORMAT.day);
}
