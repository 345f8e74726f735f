import { MIN_SPAN, panRange, resizeRange, type TimeRange } from './timeRange.ts';

/** What a key does to the overview's brush: move it to a range, or zoom by a factor (animated). */
export type BrushAction = { range: TimeRange } | { zoom: number };

/** What a pointer holds while dragging the brush: the window, or one of its edges. */
export type BrushGrip = 'move' | 'from' | 'to';

/**
 * The brush's keys: the arrows move the window by a tenth of its span, Page Up and Page Down by a
 * whole span; up zooms out and down zooms in; Home and End go to the ends of the extent. Null for
 * any other key.
 */
export function brushKeyAction(
  key: string,
  range: TimeRange,
  extent: TimeRange,
): BrushAction | null {
  const step = (range.to - range.from) * (key.startsWith('Page') ? 1 : 0.1);
  const by = (delta: number) => ({ range: panRange(range, delta) });
  const actions: Record<string, () => BrushAction> = {
    ArrowLeft: () => by(-step),
    ArrowRight: () => by(step),
    PageUp: () => by(-step),
    PageDown: () => by(step),
    ArrowUp: () => ({ zoom: 0.5 }),
    ArrowDown: () => ({ zoom: 2 }),
    Home: () => by(extent.from - range.from),
    End: () => by(extent.to - range.to),
  };
  return actions[key]?.() ?? null;
}

/**
 * The window while dragging: the whole brush moves with the pointer, an edge follows it (never
 * closer to the other edge than the closest zoom). `start` is where the drag began, `t` where the
 * pointer is now, both as instants; `range` is the window when it began.
 */
export function dragBrush(grip: BrushGrip, range: TimeRange, start: number, t: number): TimeRange {
  return grip === 'move' ? panRange(range, t - start) : resizeRange(range, grip, t, MIN_SPAN);
}

/**
 * The window after the Earlier or Later button (`direction` -1 or 1): moved by four fifths of its
 * span, so that a fifth of what was in view stays in view as a landmark.
 */
export function stepWindow(range: TimeRange, direction: -1 | 1): TimeRange {
  return panRange(range, direction * (range.to - range.from) * 0.8);
}
