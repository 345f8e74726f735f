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

/** Milliseconds of a UTC calendar day (overflowing days and months roll over, as in Date.UTC). */
function utcDay(year: number, monthIndex: number, day: number): number {
  // Date.UTC is fast but reads years 0-99 as 19xx; setUTCFullYear keeps them as written.
  if (year >= 100) return Date.UTC(year, monthIndex, day);
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return d.getTime();
}

/**
 * Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; returns null for anything else or an impossible day.
 * Plain UTC arithmetic, not dayjs: this runs for every row of a large imported file.
 */
export function parsePartialDate(text: string): PartialDate | null {
  const m = SHAPE.exec(text);
  if (!m) return null;
  const [, y, mo, d] = m;
  const year = Number(y);
  const month = mo ? Number(mo) : 1;
  const day = d ? Number(d) : 1;
  if (month < 1 || month > 12 || day < 1) return null;
  const start = utcDay(year, month - 1, day);
  // A rolled-over date (2023-02-30 becomes 2 March) is not the date that was written.
  if (day > 28 && new Date(start).getUTCDate() !== day) return null;
  const precision: Precision = d ? 'day' : mo ? 'month' : 'year';
  const end =
    precision === 'year'
      ? utcDay(year + 1, 0, 1)
      : precision === 'month'
        ? utcDay(year, month, 1)
        : utcDay(year, month - 1, day + 1);
  return { iso: text, precision, start, end };
}

const FORMAT: Record<Precision, string> = { year: 'YYYY', month: 'MMM YYYY', day: 'D MMM YYYY' };

const formatted = new Map<string, string>();

/** Formats a date at exactly its precision: "2016", "Feb 2016", "4 Feb 2016". Memoised: labels are redrawn on every frame of a zoom. */
export function formatPartialDate(date: PartialDate): string {
  let text = formatted.get(date.iso);
  if (text === undefined)
    formatted.set(date.iso, (text = dayjs.utc(date.start).format(FORMAT[date.precision])));
  return text;
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

/** A window of time as two days: "1 Jan 2016 – 31 Dec 2018". */
export function formatWindow(from: number, to: number): string {
  return `${formatInstant(from)} – ${formatInstant(to)}`;
}
