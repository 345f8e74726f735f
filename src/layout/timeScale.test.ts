import { describe, expect, it } from 'vitest';
import { timeScale } from './timeScale.ts';

const from = Date.UTC(2016, 0, 1);
const to = Date.UTC(2017, 0, 1);

describe('timeScale', () => {
  it('maps the first and last instant of the domain to the ends of the range', () => {
    const x = timeScale([from, to], [0, 1000]);
    expect(x(from)).toBe(0);
    expect(x(to)).toBe(1000);
  });

  it('places an instant in proportion to its time, and extrapolates outside the domain', () => {
    const x = timeScale([from, to], [100, 1100]);
    expect(x((from + to) / 2)).toBe(600);
    expect(x(from - (to - from))).toBe(-900);
  });

  it('inverts a pixel position back to the instant drawn there', () => {
    const x = timeScale([from, to], [0, 1000]);
    expect(x.invert(x(Date.UTC(2016, 6, 4)))).toBeCloseTo(Date.UTC(2016, 6, 4), -1);
    expect(x.invert(0)).toBe(from);
  });

  it('keeps its domain and range readable for layouts that need the window and the width', () => {
    const x = timeScale([from, to], [0, 600]);
    expect(x.domain).toEqual([from, to]);
    expect(x.range).toEqual([0, 600]);
  });

  it('maps everything to the middle of the range when the domain has no length, instead of dividing by zero', () => {
    const x = timeScale([from, from], [0, 600]);
    expect(x(from)).toBe(300);
    expect(x.invert(10)).toBe(from);
  });
});
