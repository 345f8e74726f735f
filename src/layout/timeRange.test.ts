import { describe, expect, it } from 'vitest';
import { DAY } from '../data/day.ts';
import {
  MIN_SPAN,
  centreOn,
  sameRange,
  clampRange,
  extentOf,
  panRange,
  resizeRange,
  windowAround,
  zoomRange,
} from './timeRange.ts';

const extent = { from: 0, to: 1000 * DAY };

describe('clampRange', () => {
  it('keeps a range inside the extent without changing its span', () => {
    expect(clampRange({ from: -100 * DAY, to: 100 * DAY }, extent)).toEqual({
      from: 0,
      to: 200 * DAY,
    });
  });
  it('never zooms in closer than a few days', () => {
    const r = clampRange({ from: 500 * DAY, to: 500 * DAY + 1000 }, extent);
    expect(r.to - r.from).toBe(MIN_SPAN);
  });
  it('never zooms out past the whole dataset', () => {
    expect(clampRange({ from: -5000 * DAY, to: 5000 * DAY }, extent)).toEqual(extent);
  });
});

describe('zoomRange', () => {
  it('halves the span when zooming in by 2, keeping the anchor in place', () => {
    expect(zoomRange({ from: 0, to: 100 }, 2, 20)).toEqual({ from: 10, to: 60 });
  });
  it('zooms around the centre by default', () => {
    expect(zoomRange({ from: 0, to: 100 }, 0.5)).toEqual({ from: -50, to: 150 });
  });
});

describe('centreOn', () => {
  it('moves the window so the instant is in the middle', () => {
    expect(centreOn({ from: 0, to: 100 }, 500)).toEqual({ from: 450, to: 550 });
  });
});

describe('extentOf', () => {
  it('pads the span of the events so edge marks are not cut', () => {
    const r = extentOf([{ t0: 1000 * DAY, t1: 2000 * DAY }]);
    expect(r.from).toBeLessThan(1000 * DAY);
    expect(r.to).toBeGreaterThan(2000 * DAY);
  });
});

describe('panRange and resizeRange', () => {
  it('pans without changing the span', () => {
    expect(panRange({ from: 10, to: 20 }, 5)).toEqual({ from: 15, to: 25 });
  });
  it('moves one edge and never lets the edges cross', () => {
    expect(resizeRange({ from: 10, to: 20 }, 'to', 30, 2)).toEqual({ from: 10, to: 30 });
    expect(resizeRange({ from: 10, to: 20 }, 'from', 25, 2)).toEqual({ from: 18, to: 20 });
  });
});

describe('sameRange far from 1970', () => {
  it('treats ranges 13.8 billion years ago as the same when they differ only by rounding', () => {
    const from = -4.355e20;
    const to = 1.3e19;
    expect(sameRange({ from, to }, { from: from + 131072, to: to - 2048 })).toBe(true);
    expect(sameRange({ from, to }, { from: from + 1e12, to })).toBe(false);
  });
  it('still tells apart ranges a few milliseconds apart near today', () => {
    const t = Date.UTC(2016, 0, 1);
    expect(sameRange({ from: t, to: t + 1e11 }, { from: t + 5, to: t + 1e11 })).toBe(false);
  });
});

describe('windowAround', () => {
  it('centres a year on an event', () => {
    const r = windowAround({ t0: 100 * DAY, t1: 100 * DAY });
    expect(r.to - r.from).toBe(365 * DAY);
    expect((r.from + r.to) / 2).toBe(100 * DAY);
  });

  it('gives a long event its length and more, so it has context on either side', () => {
    const r = windowAround({ t0: 0, t1: 1000 * DAY });
    expect(r.to - r.from).toBe(1600 * DAY);
    expect(r.from).toBe(-300 * DAY);
  });
});
