import { describe, expect, it } from 'vitest';
import { civilDayOf, civilFromDays, daysFromCivil, daysInMonth, yearStart } from './civilDays.ts';

describe('daysFromCivil', () => {
  it.each([
    [1970, 1, 1],
    [2016, 2, 29],
    [1, 1, 1],
    [0, 3, 1],
    [-43, 3, 15],
    [275000, 12, 31],
    [-271000, 1, 1],
  ])('agrees with Date.UTC for %d-%d-%d, inside Date’s range', (y, m, d) => {
    const date = new Date(0);
    date.setUTCFullYear(y, m - 1, d);
    expect(daysFromCivil(y, m, d) * 86_400_000).toBe(date.getTime());
  });

  it('round-trips with civilFromDays far beyond Date’s range', () => {
    for (const year of [-13_799_999_999, -4_599_999_999, -1_199_999, 12_000_000])
      for (const [m, d] of [
        [1, 1],
        [2, 28],
        [12, 31],
      ] as const)
        expect(civilFromDays(daysFromCivil(year, m, d))).toEqual({ year, month: m, day: d });
  });
});

describe('daysInMonth', () => {
  it('follows the Gregorian leap rule in any year', () => {
    expect(daysInMonth(2016, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(0, 2)).toBe(29);
    expect(daysInMonth(-43, 2)).toBe(28);
    expect(daysInMonth(-44, 2)).toBe(29);
    expect(daysInMonth(-13_799_999_999, 4)).toBe(30);
  });
});

describe('civilDayOf', () => {
  it('finds the year of an instant 13.8 billion years ago', () => {
    const year = -13_799_999_999;
    expect(civilDayOf(yearStart(year) + 100 * 86_400_000).year).toBe(year);
  });
});
