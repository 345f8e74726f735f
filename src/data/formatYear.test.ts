import { describe, expect, it } from 'vitest';
import { astronomicalYear, formatYear, formatYearAt, isoYear, writtenYear } from './formatYear.ts';

describe('astronomicalYear and writtenYear', () => {
  it('read a negative year as that many years BC, so -44 is astronomical -43', () => {
    expect(astronomicalYear(-44)).toBe(-43);
    expect(writtenYear(-43)).toBe(-44);
    expect(astronomicalYear(2016)).toBe(2016);
  });
  it('read year 0 as 1 BC, as ISO 8601 does', () => {
    expect(astronomicalYear(0)).toBe(0);
    expect(writtenYear(0)).toBe(-1);
  });
});

describe('isoYear', () => {
  it.each([
    [2016, '2016'],
    [650, '0650'],
    [-43, '-0044'],
    [12000, '+12000'],
    [-13_799_999_999, '-13800000000'],
  ])('writes the astronomical year %d as %s', (year, text) => expect(isoYear(year)).toBe(text));
});

describe('formatYear', () => {
  it.each([
    [2016, '2016'],
    [650, '650'],
    [1, '1'],
    [0, '1 BC'],
    [-43, '44 BC'],
    [-11_999, '12,000 BC'],
    [12_000, '12,000'],
    [-1_199_999, '1.2 million years ago'],
    [-4_599_999_999, '4.6 billion years ago'],
  ])('shows the astronomical year %d as %s', (year, text) => expect(formatYear(year)).toBe(text));

  it('keeps BC when asked not to count years ago (for a month or a day)', () => {
    expect(formatYear(-1_199_999, false)).toBe('1,200,000 BC');
  });
});

describe('formatYearAt', () => {
  it('shows as many decimals as the ticks’ step needs', () => {
    expect(formatYearAt(-4_599_999_999, 1e9)).toBe('5 billion years ago');
    expect(formatYearAt(-4_599_999_999, 1e8)).toBe('4.6 billion years ago');
    expect(formatYearAt(-4_609_999_999, 1e7)).toBe('4.61 billion years ago');
    expect(formatYearAt(-1_199_999, 1e5)).toBe('1.2 million years ago');
    expect(formatYearAt(-9_999_999_999, 2e9)).toBe('10 billion years ago');
  });
  it('falls back to every digit when three decimals are not enough', () => {
    expect(formatYearAt(-13_799_999_999, 1000)).toBe('13,800,000,000 years ago');
  });
  it('shows millions of years ahead as years from now, as precise as the step', () => {
    expect(formatYearAt(413_996_397, 1e9)).toBe('414 million years from now');
    expect(formatYearAt(2_500_000, 1e5)).toBe('2.5 million years from now');
  });
  it('shows years after 1 million BC as formatYear does', () => {
    expect(formatYearAt(-43, 10)).toBe('44 BC');
    expect(formatYearAt(1990, 10)).toBe('1990');
  });
});
