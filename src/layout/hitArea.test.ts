import { describe, expect, it } from 'vitest';
import { clusterHitArea, eventHitArea, focusRing } from './hitArea.ts';

describe('eventHitArea', () => {
  it('gives a point event a 24 x 24 px target centred on its glyph', () => {
    expect(eventHitArea({ x: 100, x0: 100, x1: 100 })).toEqual({
      x: -12,
      y: -12,
      width: 24,
      height: 24,
    });
  });

  it("runs along a long range's bar, from its start", () => {
    expect(eventHitArea({ x: 100, x0: 60, x1: 200 })).toEqual({
      x: -40,
      y: -12,
      width: 140,
      height: 24,
    });
  });
});

describe('clusterHitArea', () => {
  it.each([
    [9, -12, 24],
    [14, -14, 28],
  ])('gives a cluster of radius %i a target from %i px, %i px wide', (r, x, width) => {
    expect(clusterHitArea(r)).toEqual({ x, y: -12, width, height: 24 });
  });
});

describe('focusRing', () => {
  it('stands 2 px outside the hit area all round', () => {
    expect(focusRing({ x: -12, y: -12, width: 24, height: 24 })).toEqual({
      x: -14,
      y: -14,
      width: 28,
      height: 28,
    });
  });
});
