import { civilDayOf, yearStart } from '../data/civilDays.ts';
import { astronomicalYear, formatYearAt, writtenYear } from '../data/formatYear.ts';
import type { TimeRange } from './timeRange.ts';

/** One labelled tick of the axis, at a UTC instant. */
export interface Tick {
  t: number;
  label: string;
}

/** Steps of whole years, 1, 2, 5, 10, 20, 50 … up to 10 billion: any span from a year to the universe. */
export const YEAR_STEPS = Array.from({ length: 11 }, (_, e) =>
  [1, 2, 5].map((m) => m * 10 ** e),
).flat();

const MILLION = 1e6;
const BILLION = 1e9;

/**
 * Ticks every `step` years, on years as written that are multiples of the step: 20 BC, 10 BC,
 * AD 1, 10, 20 (there is no year 0, so its tick goes to AD 1). Decades read "2010s"; years a million or more BC read as
 * years ago, as precise as the step needs.
 */
export function yearTicks(range: TimeRange, step: number): Tick[] {
  if (!(range.to > range.from)) return [];
  const firstYear = writtenYear(civilDayOf(range.from).year);
  // "10 BC, 10s" would mix two ways of reading: decades read "2010s" only when no year is BC.
  const decades = step === 10 && firstYear > 0;
  const first = Math.ceil(firstYear / step) * step;
  const ticks: Tick[] = [];
  for (let written = first; ; written += step) {
    // There is no year 0: the tick between 1 BC and AD 1 falls on AD 1, unless years are
    // counted in millions ago, where "AD 1" would be a date among distances.
    if (written === 0 && step >= 1e6) continue;
    const y = astronomicalYear(written === 0 ? 1 : written);
    const t = yearStart(y);
    if (t >= range.to) break;
    if (t < range.from) continue;
    const label = formatYearAt(y, step);
    ticks.push({ t, label: written === 0 ? 'AD 1' : decades && y < 10000 ? `${label}s` : label });
  }
  return ticks;
}

/** 12000 as "12,000", as formatYear groups it. */
const grouped = (n: number) => (n < 10000 ? String(n) : n.toLocaleString('en-GB'));

/**
 * The same ticks shortened for a narrow chart: each tick a number and the unit once, in the
 * context row at the left edge: "billion years ago" above "12", "10", "8", or "Years BC" above
 * "250,000", "200,000", "AD 1". Null where one unit cannot read every tick (a window past AD 1, or
 * steps finer than a thousandth of the unit).
 */
export function compactYearTicks(
  range: TimeRange,
  step: number,
): { ticks: Tick[]; context: Tick[] } | null {
  const ticks = yearTicks(range, step);
  // Years before AD 1: a year BC's number, and, counted from year 0 as TimelineJS does, years ago.
  const ago = ticks.map((tick) => 1 - civilDayOf(tick.t).year);
  if (ticks.length === 0 || ago.some((n) => n < 0)) return null;
  if (ago[0]! < MILLION) {
    // Years BC, and AD 1 where the window reaches it (its tick stands for the missing year 0).
    if (ago.some((n, i) => n < 1 && (n < 0 || i < ago.length - 1))) return null;
    return {
      ticks: ticks.map((tick, i) => ({ t: tick.t, label: ago[i] ? grouped(ago[i]) : 'AD 1' })),
      context: [{ t: range.from, label: 'Years BC' }],
    };
  }
  const unit = ago[0]! >= BILLION ? BILLION : MILLION;
  const decimals = Math.max(0, Math.ceil(Math.log10(unit / step) - 1e-9));
  if (decimals > 3) return null;
  return {
    ticks: ticks.map((tick, i) => ({
      t: tick.t,
      label: String(Number((ago[i]! / unit).toFixed(decimals))),
    })),
    context: [
      { t: range.from, label: unit === BILLION ? 'billion years ago' : 'million years ago' },
    ],
  };
}
