import { describe, expect, it } from 'vitest';
import { toTimelineEvent } from '../data/timelineEvent.ts';
import { eventRecord } from '../testing/fixtures.ts';
import { comparePeriods } from './comparePeriods.ts';
import { barShare, periodStrip } from './periodStrip.ts';

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
    expect(strip.share).toBe(1);
    expect(strip.ticks.map((t) => [t.id, Math.round(t.x)])).toEqual([
      ['start', 0],
      ['middle', 500],
    ]);
  });

  it('draws a shorter window as a shorter strip, on the same time scale', () => {
    expect(periodStrip(summary!, 2 * (year.to - year.from)).share).toBe(0.5);
  });
});

describe('barShare', () => {
  it.each([
    [3, 6, 0.5],
    [6, 6, 1],
    [0, 0, 0],
  ])('draws %i of a largest %i as %f of the bar', (count, max, share) => {
    expect(barShare(count, max)).toBe(share);
  });
});
