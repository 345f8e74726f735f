import type { PlacedMark } from './lanes.ts';
import { eventHitArea, focusRing } from './hitArea.ts';
import { markSpan } from './markSpan.ts';
import type { Rect } from './rect.ts';

/** A range's bar, or a coarse date's faint span, about the mark's glyph; empty when there is neither. */
export interface SpanRect extends Rect {
  /** Whether there is one to draw. */
  shown: boolean;
  /** A range's solid bar, not a period's faint span. */
  bar: boolean;
  /** Its corners' radius. */
  rx: number;
}

/** What EventMark draws, about its glyph at (0, 0): the hit area, the focus ring and the span. */
export interface MarkShape {
  hit: Rect;
  ring: Rect;
  span: SpanRect;
}

const NO_SPAN: SpanRect = { shown: false, bar: false, x: 0, y: 0, width: 0, height: 0, rx: 1.5 };

/**
 * A placed mark's shape, relative to its glyph: a hit area of at least 24 x 24 px (as long as its
 * bar when that is longer), the ring 2 px outside it, and what markSpan draws along it, if anything.
 */
export function markShape(
  mark: Pick<PlacedMark, 'event' | 'x' | 'x0' | 'x1' | 'p0' | 'p1'>,
): MarkShape {
  const hit = eventHitArea(mark);
  const span = markSpan(mark);
  return {
    hit,
    ring: focusRing(hit),
    span: span
      ? {
          shown: true,
          bar: span.bar,
          x: span.x0 - mark.x,
          y: -span.half,
          width: span.x1 - span.x0,
          height: 2 * span.half,
          rx: span.bar ? 3 : 1.5,
        }
      : NO_SPAN,
  };
}
