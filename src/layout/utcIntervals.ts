import { DAY } from '../data/day.ts';
import { civilDayOf, daysFromCivil } from '../data/civilDays.ts';

/**
 * A calendar interval in UTC, as d3-time's intervals are, on milliseconds: the start of the
 * period a time falls in, and the starts of the periods from one time (inclusive) to another
 * (exclusive). Built on civilDays (the calendar as arithmetic, for any year). It replaces
 * d3-time, whose single-file build put every interval it has (local time, hours, seconds, its
 * tick generator and d3-array's bisector with it) into the first download: 2.3 KB gzipped for the
 * five intervals below. utcIntervals.test.ts checks them against d3-time.
 */
export interface UtcInterval {
  floor(t: number): number;
  range(from: number, to: number): number[];
}

/** An interval from its floor and the start of the period after a start. */
function interval(floor: (t: number) => number, next: (start: number) => number): UtcInterval {
  return {
    floor,
    range(from, to) {
      const starts: number[] = [];
      const first = floor(from);
      for (let t = first < from ? next(first) : first; t < to; t = next(t)) starts.push(t);
      return starts;
    },
  };
}

/** The periods of an interval whose start passes a test: every other day, the 1st and 16th. */
export function filterInterval(base: UtcInterval, test: (start: number) => boolean): UtcInterval {
  return {
    floor(t) {
      let start = base.floor(t);
      while (!test(start)) start = base.floor(start - 1);
      return start;
    },
    range: (from, to) => base.range(from, to).filter(test),
  };
}

const dayFloor = (t: number) => Math.floor(t / DAY) * DAY;
const monthStart = (t: number) => {
  const { year, month } = civilDayOf(t);
  return daysFromCivil(year, month, 1) * DAY;
};

export const utcDay = interval(dayFloor, (t) => t + DAY);

// Day 0 (1 January 1970) was a Thursday; day 4 a Monday.
export const utcMonday = interval(
  (t) => {
    const day = Math.floor(t / DAY);
    return (day - ((((day - 4) % 7) + 7) % 7)) * DAY;
  },
  (t) => t + 7 * DAY,
);

export const utcMonth = interval(monthStart, (t) => {
  const { year, month } = civilDayOf(t);
  return (month === 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month + 1, 1)) * DAY;
});

/** Quarters: the months that start January, April, July and October (d3's utcMonth.every(3)). */
export const utcQuarter = filterInterval(utcMonth, (t) => (civilDayOf(t).month - 1) % 3 === 0);

export const utcYear = interval(
  (t) => daysFromCivil(civilDayOf(t).year, 1, 1) * DAY,
  (t) => daysFromCivil(civilDayOf(t).year + 1, 1, 1) * DAY,
);
