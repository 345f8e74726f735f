import { utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import type { TimeRange } from './timeRange.ts';
import { estimateTextWidth } from './textWidth.ts';
import { civilDayOf, yearStart } from '../data/civilDays.ts';
import { DAY, YEAR } from '../data/day.ts';
import { astronomicalYear, formatYear, formatYearAt, writtenYear } from '../data/formatYear.ts';

/** One labelled tick of the axis, at a UTC instant. */
export interface Tick {
  t: number;
  label: string;
}

/** Ticks of the main row, and of the context row above it (the year above months, say). */
export interface AxisTicks {
  /** "day", "week", "month", "quarter", "year", "two-years", "half-decade", "decade", else "N years". */
  level: string;
  ticks: Tick[];
  context: Tick[];
}

/** A level below a year, counted by d3-time's calendar intervals (so only inside Date's range). */
interface CalendarLevel {
  name: string;
  /** Approximate length of one step, for choosing a level. */
  step: number;
  interval: TimeInterval;
  format: (d: Date) => string;
  context: { interval: TimeInterval; format: (d: Date) => string };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const month = (d: Date) => MONTHS[d.getUTCMonth()]!;
const year = (d: Date) => formatYear(d.getUTCFullYear());
const monthYear = (d: Date) => `${month(d)} ${formatYear(d.getUTCFullYear(), false)}`;
const byMonth = { interval: utcMonth, format: monthYear };
const byYear = { interval: utcYear, format: year };

const CALENDAR_LEVELS: CalendarLevel[] = [
  {
    name: 'day',
    step: DAY,
    interval: utcDay,
    format: (d) => String(d.getUTCDate()),
    context: byMonth,
  },
  {
    name: 'week',
    step: 7 * DAY,
    interval: utcMonday,
    format: (d) => `${d.getUTCDate()} ${month(d)}`,
    context: byMonth,
  },
  { name: 'month', step: 30.4 * DAY, interval: utcMonth, format: month, context: byYear },
  {
    name: 'quarter',
    step: 91 * DAY,
    interval: utcMonth.every(3)!,
    format: (d) => `Q${Math.floor(d.getUTCMonth() / 3) + 1}`,
    context: byYear,
  },
];

/** Steps of whole years, 1, 2, 5, 10, 20, 50 … up to 10 billion: any span from a year to the universe. */
const YEAR_STEPS = Array.from({ length: 11 }, (_, e) => [1, 2, 5].map((m) => m * 10 ** e)).flat();
const YEAR_NAMES: Record<number, string> = {
  1: 'year',
  2: 'two-years',
  5: 'half-decade',
  10: 'decade',
};

// Date (and so d3-time) counts only ±100,000,000 days from 1970; beyond, years are counted by civilDays.
const DATE_LIMIT = 8.64e15;

/**
 * Ticks every `step` years, on years as written that are multiples of the step: 20 BC, 10 BC,
 * AD 1, 10, 20 (there is no year 0, so its tick goes to AD 1). Decades read "2010s"; years a million or more BC read as
 * years ago, as precise as the step needs.
 */
function yearTicks(range: TimeRange, step: number): Tick[] {
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

/**
 * Chooses the finest calendar level whose ticks are at least `minSpacing` pixels apart (and far
 * enough apart for their labels, which grow long in deep time: "4.6 billion years ago"), and
 * returns its ticks plus a context row (months and years above days and weeks, years above
 * months and quarters), so a tick labelled "Mar" always says which year it is in.
 */
export function axisTicks(range: TimeRange, width: number, minSpacing = 64): AxisTicks {
  const perPixel = (range.to - range.from) / Math.max(width, 1);
  const inDate = range.from > -DATE_LIMIT && range.to < DATE_LIMIT;
  const level = inDate ? CALENDAR_LEVELS.find((l) => l.step / perPixel >= minSpacing) : undefined;
  if (level) {
    const from = new Date(range.from);
    const to = new Date(range.to);
    const { interval, format } = level.context;
    return {
      level: level.name,
      ticks: level.interval
        .range(from, to)
        .map((d) => ({ t: d.getTime(), label: level.format(d) })),
      // Include the period that is already under way at the left edge, so the context is never blank.
      context: [interval.floor(from), ...interval.range(from, to)]
        .filter((d, i, all) => i === 0 || d.getTime() !== all[0]!.getTime())
        .map((d) => ({ t: Math.max(d.getTime(), range.from), label: format(d) })),
    };
  }
  const spacing = (step: number) => (step * YEAR) / perPixel;
  const labelWidth = (step: number) =>
    estimateTextWidth(formatYearAt(civilDayOf(range.from).year, step), 12) + 12;
  const step =
    YEAR_STEPS.find((s) => spacing(s) >= Math.max(minSpacing, labelWidth(s))) ??
    YEAR_STEPS[YEAR_STEPS.length - 1]!;
  return { level: YEAR_NAMES[step] ?? `${step} years`, ticks: yearTicks(range, step), context: [] };
}
