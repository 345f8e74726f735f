import type { Rect } from './rect.ts';

/** The smallest target a pointer is given, px a side: WCAG 2.5.8's 24 x 24 minimum. */
export const MIN_TARGET = 24;
/** How far a focus ring stands outside the hit area, px. */
const RING_GAP = 2;

/**
 * An event mark's hit area, about its glyph at (0, 0): at least 24 x 24 px, and as long as its bar
 * (from `x0` to `x1` on the chart, the glyph at `x`) when that is longer.
 */
export function eventHitArea(mark: { x: number; x0: number; x1: number }): Rect {
  return {
    x: Math.min(mark.x0 - mark.x, -MIN_TARGET / 2),
    y: -MIN_TARGET / 2,
    width: Math.max(mark.x1 - mark.x0, MIN_TARGET),
    height: MIN_TARGET,
  };
}

/** A cluster's hit area, about its centre: its circle of radius `r`, and never under 24 x 24 px. */
export function clusterHitArea(r: number): Rect {
  return {
    x: -Math.max(r, MIN_TARGET / 2),
    y: -MIN_TARGET / 2,
    width: Math.max(2 * r, MIN_TARGET),
    height: MIN_TARGET,
  };
}

/** The focus ring around a hit area, 2 px outside it all round. */
export function focusRing(hit: Rect): Rect {
  return {
    x: hit.x - RING_GAP,
    y: hit.y - RING_GAP,
    width: hit.width + 2 * RING_GAP,
    height: hit.height + 2 * RING_GAP,
  };
}
