import { describe, expect, it } from 'vitest';
import { rangeToTransform, transformToRange } from './zoomTransform.ts';

const extent = { from: Date.UTC(2006, 0, 1), to: Date.UTC(2026, 0, 1) };

describe('zoom transform <-> date range', () => {
  it.each([
    ['the whole extent', extent, 800],
    ['one year', { from: Date.UTC(2016, 0, 1), to: Date.UTC(2017, 0, 1) }, 1280],
    ['one week', { from: Date.UTC(2018, 5, 8), to: Date.UTC(2018, 5, 15) }, 360],
  ])('round-trips %s', (_, range, width) => {
    const back = transformToRange(rangeToTransform(range, extent, width), extent, width);
    expect(back.from).toBeCloseTo(range.from, -1);
    expect(back.to).toBeCloseTo(range.to, -1);
  });

  it('shows the whole extent at the identity transform', () => {
    expect(rangeToTransform(extent, extent, 800)).toEqual({ k: 1, x: -0 });
  });

  it('scales by the ratio of spans', () => {
    const half = { from: extent.from, to: (extent.from + extent.to) / 2 };
    expect(rangeToTransform(half, extent, 800).k).toBe(2);
  });
});
