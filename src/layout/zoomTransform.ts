import type { TimeRange } from './timeRange.ts';

/**
 * The zoom math, with no DOM: d3-zoom's transform {k, x} measured against a base scale that maps
 * the whole extent onto [0, width]. The range in state is the truth; these convert both ways.
 */
export interface ZoomState {
  k: number;
  x: number;
}

/** The transform that shows `range` when the whole `extent` maps to [0, width]. */
export function rangeToTransform(range: TimeRange, extent: TimeRange, width: number): ZoomState {
  const k = (extent.to - extent.from) / (range.to - range.from);
  const x = (-k * width * (range.from - extent.from)) / (extent.to - extent.from);
  return { k, x };
}

/** The range that a transform shows. */
export function transformToRange(t: ZoomState, extent: TimeRange, width: number): TimeRange {
  const perPixel = (extent.to - extent.from) / width;
  const at = (px: number) => extent.from + ((px - t.x) / t.k) * perPixel;
  return { from: at(0), to: at(width) };
}
