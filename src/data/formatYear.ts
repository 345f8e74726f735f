/*
 * Years as people read them. Internally a year is astronomical (0 is 1 BC, -43 is 44 BC, as in
 * civilDays.ts); written, a negative year is that many years BC, as TimelineJS and historians
 * write them: -44 (or -0044) is 44 BC. There is no year 0 in writing; 0 is read as 1 BC.
 */

/** The astronomical year of a year as written: -44 (44 BC) is -43; 0 is read as 1 BC. */
export const astronomicalYear = (written: number): number => (written < 0 ? written + 1 : written);

/** The year as written for an astronomical year: -43 is -44 (44 BC). */
export const writtenYear = (year: number): number => (year <= 0 ? year - 1 : year);

/** A year as extended ISO 8601 text, in the written convention: "2016", "0650", "-0044", "+12000". */
export function isoYear(year: number): string {
  const written = writtenYear(year);
  const digits = String(Math.abs(written)).padStart(4, '0');
  return written < 0 ? `-${digits}` : written > 9999 ? `+${digits}` : digits;
}

const MILLION = 1e6;
const BILLION = 1e9;

/** 12000 as "12,000": a year of five digits or more reads better grouped. */
const grouped = (n: number) => (n < 10000 ? String(n) : n.toLocaleString('en-GB'));

/** A number of years in millions or billions, to `decimals` places without trailing zeros: "4.6 billion years ago". */
function inUnits(n: number, decimals: number, when = 'ago'): string {
  const unit = n >= BILLION ? BILLION : MILLION;
  const value = String(Number((n / unit).toFixed(decimals)));
  return `${value} ${unit === BILLION ? 'billion' : 'million'} years ${when}`;
}

/**
 * An astronomical year as text, exactly: "2016", "650", "44 BC", "12,000 BC", "12,000"; a year
 * a million or more years BC in years ago (unless `yearsAgo` is false), counted from year 0 as
 * TimelineJS does: "1.2 million years ago", "13.8 billion years ago" (or every digit, when three
 * decimals would round).
 */
export function formatYear(year: number, yearsAgo = true): string {
  if (year > 0) return grouped(year);
  const bc = 1 - year;
  if (bc < MILLION || !yearsAgo) return `${grouped(bc)} BC`;
  const unit = bc >= BILLION ? BILLION : MILLION;
  return bc % (unit / 1000) === 0 ? inUnits(bc, 3) : `${grouped(bc)} years ago`;
}

/**
 * An axis or window label for an astronomical year on ticks `step` years apart: as formatYear,
 * but millions of years ago show as many decimals as the step needs ("4.6 billion years ago" every
 * 100 million years), and so do millions of years ahead ("414 million years from now", the padding
 * after a timeline that ends today).
 */
export function formatYearAt(year: number, step: number): string {
  const far = year > 0 ? year : 1 - year;
  if (far < MILLION) return formatYear(year);
  const unit = far >= BILLION ? BILLION : MILLION;
  const decimals = Math.max(0, Math.ceil(Math.log10(unit / step) - 1e-9));
  if (decimals > 3) return year > 0 ? grouped(year) : `${grouped(far)} years ago`;
  return inUnits(far, decimals, year > 0 ? 'from now' : 'ago');
}
