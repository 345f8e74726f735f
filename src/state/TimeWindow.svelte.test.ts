import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { preferReducedMotion } from '../testing/reducedMotion.ts';
import { DAY, YEAR } from '../data/day.ts';
import { TimeWindow } from './TimeWindow.svelte.ts';

const extent = { from: Date.UTC(2010, 0, 1), to: Date.UTC(2020, 0, 1) };

describe('TimeWindow', () => {
  // Reduced motion: animated moves land at once, so the tests need no frames.
  preferReducedMotion();

  it('starts on the whole extent', () => {
    const time = new TimeWindow(extent);
    expect(time.range).toEqual(extent);
    expect(time.isAll).toBe(true);
  });

  it('keeps a range set beyond the extent inside it', () => {
    const time = new TimeWindow(extent);
    time.setRange({ from: extent.from - YEAR, to: extent.from + YEAR });
    expect(time.range.from).toBe(extent.from);
    expect(time.isAll).toBe(false);
  });

  it('zooms in around an anchor, keeping the anchor where it was', () => {
    const time = new TimeWindow(extent);
    const anchor = extent.from + 2 * YEAR;
    time.zoomBy(2, anchor);
    expect(time.range.to - time.range.from).toBeCloseTo((extent.to - extent.from) / 2, -3);
    expect((anchor - time.range.from) / (time.range.to - time.range.from)).toBeCloseTo(0.2, 3);
  });

  it('goes back to the whole extent with showAll', () => {
    const time = new TimeWindow(extent);
    time.setRange({ from: extent.from + 30 * DAY, to: extent.from + 90 * DAY });
    time.showAll();
    expect(time.isAll).toBe(true);
  });
});

describe('TimeWindow, animated', () => {
  beforeEach(() => {
    vi.stubGlobal('matchMedia', () => ({ matches: false }));
    vi.stubGlobal('requestAnimationFrame', () => 1);
    vi.stubGlobal('cancelAnimationFrame', () => {});
  });
  afterEach(() => vi.unstubAllGlobals());

  it('says it is moving from the start of an animated move until it is stopped', () => {
    const time = new TimeWindow(extent);
    expect(time.moving).toBe(false);
    time.zoomBy(2);
    expect(time.moving).toBe(true);
    time.stopAnimation();
    expect(time.moving).toBe(false);
  });
});
