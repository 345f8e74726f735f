import type { TimeScale } from './timeScale.ts';

/**
 * The instant under a pointer at `clientX` (the event's, px from the screen's left) on a chart
 * drawn with the scale `x` whose left edge is at `left` (its bounding box's).
 */
export function pointerTime(x: TimeScale, clientX: number, left: number): number {
  return x.invert(clientX - left);
}
