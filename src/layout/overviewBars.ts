import type { TimelineEvent } from '../data/timelineEvent.ts';
import { histogram } from './histogram.ts';
import { stackedBars, type StackedBars } from './stackedBars.ts';
import type { TimeRange } from './timeRange.ts';

/** The overview strip's sizes, px: its height, a density bin's width, the room above the fullest. */
export const OVERVIEW = { height: 48, barPx: 4, headroom: 6 } as const;

/**
 * The overview's density bars over the whole `extent`, `width` px wide: one bin every 4 px, one
 * path per category, the fullest bin reaching 6 px below the strip's top.
 */
export function overviewBars<C extends { id: string }>(
  events: readonly TimelineEvent[],
  extent: TimeRange,
  categories: readonly C[],
  width: number,
): StackedBars<C>[] {
  const { height, barPx, headroom } = OVERVIEW;
  return stackedBars(histogram(events, extent, width / barPx), categories, {
    barPx,
    height: height - headroom,
    bottom: height,
  });
}
