import { civilDayOf, daysFromCivil, daysInMonth, type CivilDay } from './civilDays.ts';
import { DAY, YEAR } from './day.ts';
import { astronomicalYear, formatYear, formatYearAt, isoYear } from './formatYear.ts';

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
/** Any year: a sign and up to 11 digits ("-44", "-0044-03-15", "650", "+12000", "-13800000000"). */
const ANY_YEAR = /^([+-]?\d{1,11})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Milliseconds of a UTC calendar day (overflowing days and months roll over, as in Date.UTC). */
function utcDay(year: number, monthIndex: number, day: number): number {
  // Date.UTC is fast but reads years 0-99 as 19xx; setUTCFullYear keeps them as written.
  if (year >= 100) return Date.UTC(year, monthIndex, day);
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return d.getTime();
}

/**
 * Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD", where the year may also have a sign and any number of
 * digits up to 11 ("-0044-03-15" is 15 March 44 BC; see formatYear.ts); returns null for anything
 * else or an impossible day. Plain UTC arithmetic: this runs for every row of a large
 * imported file, and four-digit years keep their fast path through Date.UTC.
 */
export function parsePartialDate(text: string): PartialDate | null {
  const m = SHAPE.exec(text);
  if (!m) return parseAnyYear(text);
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

/** The extended form of parsePartialDate, by calendar arithmetic valid for any year. */
function parseAnyYear(text: string): PartialDate | null {
  const m = ANY_YEAR.exec(text);
  if (!m) return null;
  const [, y, mo, d] = m;
  const year = astronomicalYear(Number(y));
  const month = mo ? Number(mo) : 1;
  const day = d ? Number(d) : 1;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const start = daysFromCivil(year, month, day) * DAY;
  const precision: Precision = d ? 'day' : mo ? 'month' : 'year';
  const end =
    precision === 'year'
      ? daysFromCivil(year + 1, 1, 1) * DAY
      : precision === 'month'
        ? daysFromCivil(month === 12 ? year + 1 : year, (month % 12) + 1, 1) * DAY
        : start + DAY;
  return { iso: text, precision, start, end };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A calendar day at a precision: "2016", "Feb 2016", "4 Feb 2016", "15 Mar 44 BC". */
function formatCivil({ year, month, day }: CivilDay, precision: Precision): string {
  if (precision === 'year') return formatYear(year);
  // "4 Feb 13.8 billion years ago" would mix scales: a month or day keeps its year BC.
  const monthYear = `${MONTHS[month - 1]} ${formatYear(year, false)}`;
  return precision === 'month' ? monthYear : `${day} ${monthYear}`;
}

const formatted = new Map<string, string>();

/** Formats a date at exactly its precision: "2016", "Feb 2016", "4 Feb 2016". Memoised: labels are redrawn on every frame of a zoom. */
export function formatPartialDate(date: PartialDate): string {
  let text = formatted.get(date.iso);
  if (text === undefined)
    formatted.set(date.iso, (text = formatCivil(civilDayOf(date.start), date.precision)));
  return text;
}

/** Formats a start and optional end as one span: "4 Feb 2016", "4 Feb 2016 – Mar 2016". */
export function formatDateSpan(start: PartialDate, end?: PartialDate): string {
  if (!end || end.iso === start.iso) return formatPartialDate(start);
  return `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
}

const two = (n: number) => String(n).padStart(2, '0');

/** Formats a UTC instant as a day-precision ISO date, the form the URL uses: "2016-02-04", "-0044-03-15". */
export function toIsoDay(ms: number): string {
  const { year, month, day } = civilDayOf(ms);
  return `${isoYear(year)}-${two(month)}-${two(day)}`;
}

/** Formats a UTC instant as a day: "4 Feb 2016". */
export function formatInstant(ms: number): string {
  return formatCivil(civilDayOf(ms), 'day');
}

/**
 * A window of time as two days, "1 Jan 2016 – 31 Dec 2018"; a window of centuries or more as two
 * years, as precise as its span needs: "13.8 billion years ago – 9.2 billion years ago".
 */
export function formatWindow(from: number, to: number): string {
  const years = (to - from) / YEAR;
  if (years < 100) return `${formatInstant(from)} – ${formatInstant(to)}`;
  const step = 10 ** Math.floor(Math.log10(years / 10));
  const year = (ms: number) => formatYearAt(civilDayOf(ms).year, step);
  return `${year(from)} – ${year(to)}`;
}
