import { describe, expect, it } from 'vitest';
import { toTimelineEvent } from '../data/timelineEvent.ts';
import { eventRecord } from '../testing/fixtures.ts';
import { comparePeriods } from './comparePeriods.ts';
import { barPercent, compareScales, periodStrip } from './periodStrip.ts';

const day = (s: string) => Date.parse(`${s}T00:00:00Z`);
const events = [
  toTimelineEvent(eventRecord({ id: 'start', start: '2016-01-01' })),
  toTimelineEvent(eventRecord({ id: 'middle', start: '2016-07-02' })),
];
const year = { from: day('2016-01-01'), to: day('2017-01-01') };
const [summary] = comparePeriods(events, [year], ['theft']);

describe('periodStrip', () => {
  it("places each event's tick where its date falls in the window", () => {
    const strip = periodStrip(summary!, year.to - year.from);
    expect(strip.widthPercent).toBe(100);
    expect(strip.ticks.map((t) => [t.id, Math.round(t.x)])).toEqual([
      ['start', 0],
      ['middle', 500],
    ]);
  });

  it('draws a shorter window as a shorter strip, on the same time scale', () => {
    expect(periodStrip(summary!, 2 * (year.to - year.from)).widthPercent).toBe(50);
  });
});

describe('barPercent', () => {
  it.each([
    [3, 6, 50],
    [6, 6, 100],
    [0, 0, 0],
  ])('draws %i of a largest %i as %f%% of the bar', (count, max, percent) => {
    expect(barPercent(count, max)).toBe(percent);
  });
});

describe('compareScales', () => {
  const half = { from: year.from, to: day('2016-07-01') };
  const window = (range: typeof year, ...n: number[]) => ({
    range,
    byCategory: n.map((count, i) => ({ category: String(i), count })),
  });

  it("scales both windows' bars to the largest count in either, and their strips to the longer window", () => {
    expect(compareScales([window(year, 2, 5), window(half, 7, 1)])).toEqual({
      maxCount: 7,
      maxSpan: year.to - year.from,
    });
  });

  it('keeps a full bar at least one event long when both windows are empty', () => {
    expect(compareScales([window(year, 0), window(half, 0)]).maxCount).toBe(1);
  });
});
