import type { PlacedMark } from './lanes.ts';

/** The bar drawn along a mark: a range's bar, or the faint span of a coarse date's period. */
export interface MarkSpan {
  /** Left and right edges, in the chart's pixels. */
  x0: number;
  x1: number;
  /** Half its height, about the mark's centre. */
  half: number;
  /** A range's bar (solid), not a period's faint span. */
  bar: boolean;
}

/** A period narrower than this is drawn as the glyph alone: its span would hide under it. */
const MIN_PERIOD = 10;

/**
 * What is drawn along a mark besides its glyph: a range's 8 px bar (at least 3 px long), or for a
 * point dated "2016" or "Feb 2016" a faint 3 px span over the whole period, or nothing. EventMark
 * draws it, and placeLabels keeps other events' labels off it.
 */
export function markSpan(mark: Pick<PlacedMark, 'event' | 'p0' | 'p1'>): MarkSpan | null {
  if (mark.event.isRange)
    return { x0: mark.p0, x1: mark.p0 + Math.max(mark.p1 - mark.p0, 3), half: 4, bar: true };
  if (mark.p1 - mark.p0 > MIN_PERIOD) return { x0: mark.p0, x1: mark.p1, half: 1.5, bar: false };
  return null;
}
