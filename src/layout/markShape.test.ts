import { describe, expect, it } from 'vitest';
import { toTimelineEvent } from '../data/timelineEvent.ts';
import { eventRecord } from '../testing/fixtures.ts';
import { markShape } from './markShape.ts';

const point = toTimelineEvent(eventRecord({ id: 'p', start: '2016-02-04' }));
const month = toTimelineEvent(eventRecord({ id: 'm', start: '2016-02' }));
const range = toTimelineEvent(eventRecord({ id: 'r', start: '2016-02-04', end: '2016-03-01' }));

describe('markShape', () => {
  it('gives a day-dated point a 24 px hit area, a ring 2 px outside it, and no span', () => {
    const shape = markShape({ event: point, x: 100, x0: 97, x1: 103, p0: 100, p1: 101 });
    expect(shape.hit).toEqual({ x: -12, y: -12, width: 24, height: 24 });
    expect(shape.ring).toEqual({ x: -14, y: -14, width: 28, height: 28 });
    expect(shape.span.shown).toBe(false);
  });

  it("draws a month-dated point's period as a faint 3 px span about its glyph", () => {
    const shape = markShape({ event: month, x: 115, x0: 100, x1: 130, p0: 100, p1: 130 });
    expect(shape.span).toEqual({
      shown: true,
      bar: false,
      x: -15,
      y: -1.5,
      width: 30,
      height: 3,
      rx: 1.5,
    });
  });

  it("draws a range's 8 px bar from its start, and stretches the hit area along it", () => {
    const shape = markShape({ event: range, x: 100, x0: 100, x1: 160, p0: 100, p1: 160 });
    expect(shape.span).toMatchObject({ bar: true, x: 0, y: -4, width: 60, height: 8, rx: 3 });
    expect(shape.hit).toEqual({ x: -12, y: -12, width: 60, height: 24 });
  });
});
