import { DAY } from '../data/day.ts';
import { civilDayOf } from '../data/civilDays.ts';
import { formatYear } from '../data/formatYear.ts';
import type { TimeRange } from './timeRange.ts';
import type { Tick } from './yearTicks.ts';
import {
  filterInterval,
  utcDay,
  utcMonday,
  utcMonth,
  utcQuarter,
  utcYear,
  type UtcInterval,
} from './utcIntervals.ts';

/** A level below a year, counted by calendar intervals (used only inside Date's range, for the labels' Date). */
export interface CalendarLevel {
  name: string;
  /** Approximate length of one step, for choosing a level. */
  step: number;
  interval: UtcInterval;
  format: (d: Date) => string;
  context: { interval: UtcInterval; format: (d: Date) => string };
  /** Only where the usual levels leave too few labels (a phone): a step between two of them. */
  narrowOnly?: boolean;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const month = (d: Date) => MONTHS[d.getUTCMonth()]!;
const year = (d: Date) => formatYear(d.getUTCFullYear());
const monthYear = (d: Date) => `${month(d)} ${formatYear(d.getUTCFullYear(), false)}`;
const byMonth = { interval: utcMonth, format: monthYear };
const byYear = { interval: utcYear, format: year };

export const CALENDAR_LEVELS: CalendarLevel[] = [
  {
    name: 'day',
    step: DAY,
    interval: utcDay,
    format: (d) => String(d.getUTCDate()),
    context: byMonth,
  },
  {
    name: 'two-days',
    step: 2 * DAY,
    // Every other day counted from 1970, not by day of the month, so 31 and 1 never crowd.
    interval: filterInterval(utcDay, (t) => Math.floor(t / DAY) % 2 === 0),
    format: (d) => String(d.getUTCDate()),
    context: byMonth,
    narrowOnly: true,
  },
  {
    name: 'week',
    step: 7 * DAY,
    interval: utcMonday,
    format: (d) => `${d.getUTCDate()} ${month(d)}`,
    context: byMonth,
  },
  {
    name: 'half-month',
    step: 15.2 * DAY,
    interval: filterInterval(utcDay, (t) => [1, 16].includes(civilDayOf(t).day)),
    format: (d) => `${d.getUTCDate()} ${month(d)}`,
    context: byYear,
    narrowOnly: true,
  },
  { name: 'month', step: 30.4 * DAY, interval: utcMonth, format: month, context: byYear },
  {
    name: 'quarter',
    step: 91 * DAY,
    interval: utcQuarter,
    format: (d) => `Q${Math.floor(d.getUTCMonth() / 3) + 1}`,
    context: byYear,
  },
];

/** The ticks of a calendar level in a window, and the context row above them. */
export function calendarTicks(
  range: TimeRange,
  level: CalendarLevel,
): { ticks: Tick[]; context: Tick[] } {
  const { from, to } = range;
  const { interval, format } = level.context;
  return {
    ticks: level.interval.range(from, to).map((t) => ({ t, label: level.format(new Date(t)) })),
    // Include the period that is already under way at the left edge, so the context is never blank.
    context: [interval.floor(from), ...interval.range(from, to)]
      .filter((t, i, all) => i === 0 || t !== all[0])
      .map((t) => ({ t: Math.max(t, from), label: format(new Date(t)) })),
  };
}
