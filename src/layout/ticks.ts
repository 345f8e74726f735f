import { utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import type { TimeRange } from './timeRange.ts';
import { DAY } from '../data/day.ts';

/** One labelled tick of the axis, at a UTC instant. */
export interface Tick {
  t: number;
  label: string;
}

/** Ticks of the main row, and of the context row above it (the year above months, say). */
export interface AxisTicks {
  level: TickLevel['name'];
  ticks: Tick[];
  context: Tick[];
}

interface TickLevel {
  name: 'decade' | 'half-decade' | 'two-years' | 'year' | 'quarter' | 'month' | 'week' | 'day';
  /** Approximate length of one step, for choosing a level. */
  step: number;
  interval: TimeInterval;
  format: (d: Date) => string;
  context?: { interval: TimeInterval; format: (d: Date) => string };
}

dayjs.extend(utc);

/** A tick label in UTC, in dayjs's format tokens. */
const utcFormat = (pattern: string) => (d: Date) => dayjs.utc(d).format(pattern);
const year = utcFormat('YYYY');
const monthYear = utcFormat('MMM YYYY');
const quarter = (d: Date) => `Q${Math.floor(d.getUTCMonth() / 3) + 1}`;

const LEVELS: TickLevel[] = [
  {
    name: 'day',
    step: DAY,
    interval: utcDay,
    format: utcFormat('D'),
    context: { interval: utcMonth, format: monthYear },
  },
  {
    name: 'week',
    step: 7 * DAY,
    interval: utcMonday,
    format: utcFormat('D MMM'),
    context: { interval: utcMonth, format: monthYear },
  },
  {
    name: 'month',
    step: 30.4 * DAY,
    interval: utcMonth,
    format: utcFormat('MMM'),
    context: { interval: utcYear, format: year },
  },
  {
    name: 'quarter',
    step: 91 * DAY,
    interval: utcMonth.every(3)!,
    format: quarter,
    context: { interval: utcYear, format: year },
  },
  { name: 'year', step: 365.25 * DAY, interval: utcYear, format: year },
  { name: 'two-years', step: 2 * 365.25 * DAY, interval: utcYear.every(2)!, format: year },
  { name: 'half-decade', step: 5 * 365.25 * DAY, interval: utcYear.every(5)!, format: year },
  {
    name: 'decade',
    step: 10 * 365.25 * DAY,
    interval: utcYear.every(10)!,
    format: (d) => `${year(d)}s`,
  },
];

/**
 * Chooses the finest calendar level whose ticks are at least `minSpacing` pixels apart, and
 * returns its ticks plus a context row (months and years above days and weeks, years above
 * months and quarters), so a tick labelled "Mar" always says which year it is in.
 */
export function axisTicks(range: TimeRange, width: number, minSpacing = 64): AxisTicks {
  const perPixel = (range.to - range.from) / Math.max(width, 1);
  const level = LEVELS.find((l) => l.step / perPixel >= minSpacing) ?? LEVELS[LEVELS.length - 1]!;
  const from = new Date(range.from);
  const to = new Date(range.to);
  const ticks = level.interval
    .range(from, to)
    .map((d) => ({ t: d.getTime(), label: level.format(d) }));
  const context = level.context
    ? // Include the period that is already under way at the left edge, so the context is never blank.
      [level.context.interval.floor(from), ...level.context.interval.range(from, to)]
        .filter((d, i, all) => i === 0 || d.getTime() !== all[0]!.getTime())
        .map((d) => ({ t: Math.max(d.getTime(), range.from), label: level.context!.format(d) }))
    : [];
  return { level: level.name, ticks, context };
}
