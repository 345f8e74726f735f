import { describe, expect, it } from 'vitest';
import * as d3 from 'd3-time';
import { DAY } from '../data/day.ts';
import {
  filterInterval,
  utcDay,
  utcMonday,
  utcMonth,
  utcQuarter,
  utcYear,
  type UtcInterval,
} from './utcIntervals.ts';

// d3-time's own intervals are the reference (a dev dependency now, for this test only).
const pairs: [string, UtcInterval, d3.TimeInterval][] = [
  ['day', utcDay, d3.utcDay],
  ['Monday', utcMonday, d3.utcMonday],
  ['month', utcMonth, d3.utcMonth],
  ['quarter', utcQuarter, d3.utcMonth.every(3)!],
  ['year', utcYear, d3.utcYear],
  [
    'half-month',
    filterInterval(utcDay, (t) => [1, 16].includes(new Date(t).getUTCDate())),
    d3.utcDay.filter((d) => d.getUTCDate() === 1 || d.getUTCDate() === 16),
  ],
];

let seed = 11;
const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
// Times from 1500 to 2300, at any millisecond, and some exactly on a period's start.
const times = Array.from({ length: 300 }, (_, i) => {
  const t = Math.round(Date.UTC(1500, 0, 1) + random() * 800 * 365.25 * DAY);
  return i % 3 === 0 ? Math.floor(t / DAY) * DAY : t;
});

describe('UTC calendar intervals', () => {
  it.each(pairs)("give the same %s starts as d3-time's", (_name, ours, theirs) => {
    for (const t of times) {
      expect(ours.floor(t)).toBe(theirs.floor(new Date(t)).getTime());
      const to = t + random() * (ours === utcYear ? 40 : 3) * 365 * DAY;
      expect(ours.range(t, to)).toEqual(theirs.range(new Date(t), new Date(to)).map(Number));
    }
  });

  it('give no periods for an empty or backwards window', () => {
    const t = Date.UTC(2018, 5, 12);
    expect(utcMonth.range(t, t)).toEqual([]);
    expect(utcDay.range(t, t - DAY)).toEqual([]);
  });

  it('count weeks from Mondays and months across years, before 1970 too', () => {
    expect(new Date(utcMonday.floor(Date.UTC(1969, 11, 31, 12))).toISOString()).toBe(
      '1969-12-29T00:00:00.000Z',
    );
    expect(
      utcMonth
        .range(Date.UTC(1969, 10, 15), Date.UTC(1970, 1, 2))
        .map((t) => new Date(t).toISOString().slice(0, 7)),
    ).toEqual(['1969-12', '1970-01', '1970-02']);
  });
});
