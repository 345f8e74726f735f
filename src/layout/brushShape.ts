import type { BrushGrip } from './brushMoves.ts';
import type { Rect } from './rect.ts';

/** The brush drawn: the window's body and its two edge handles. */
export interface BrushShape {
  window: Rect;
  handles: (Rect & { grip: Exclude<BrushGrip, 'move'> })[];
}

/** The body is never narrower than this, so a window zoomed far in stays visible and grabbable. */
const MIN_BODY = 2;
/** An edge handle's width, centred on the edge: wider than the 2 px stroke, so it is easy to grab. */
const HANDLE = 10;

/**
 * The brush's rectangles for a window from `x0` to `x1` on a strip `height` tall: the body inset
 * 1 px top and bottom (its 2 px stroke stays inside the strip), and a handle over each edge.
 */
export function brushShape(x0: number, x1: number, height: number): BrushShape {
  return {
    window: { x: x0, y: 1, width: Math.max(x1 - x0, MIN_BODY), height: height - 2 },
    handles: [
      { grip: 'from', x: x0 - HANDLE / 2, y: 0, width: HANDLE, height },
      { grip: 'to', x: x1 - HANDLE / 2, y: 0, width: HANDLE, height },
    ],
  };
}
