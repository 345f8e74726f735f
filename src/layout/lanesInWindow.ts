import { countIn, type LaneIndex } from './timeIndex.ts';
import type { TimeRange } from './timeRange.ts';

/**
 * The lanes worth drawing on a slide: those of `categories` with events in the window, plus the
 * step's own event's lane, in the categories' order. A slide then spends its height on the lanes
 * that say something instead of pushing the step's event below the fold. With no lane in the
 * window at all, every lane is kept (an empty chart still shows what could be there).
 */
export function lanesInWindow(
  index: ReadonlyMap<string, LaneIndex>,
  categories: readonly string[],
  range: TimeRange,
  keep: string | null = null,
): string[] {
  const lanes = categories.filter((c) => {
    const lane = index.get(c);
    return c === keep || (lane !== undefined && countIn(lane, range.from, range.to) > 0);
  });
  return lanes.length ? lanes : [...categories];
}
