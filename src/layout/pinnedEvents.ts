import type { TimelineEvent } from '../data/timelineEvent.ts';
import type { TimeRange } from './timeRange.ts';

/** What decides whether a pinned event is drawn at all. */
export interface PinContext {
  /** The lanes drawn. */
  lanes: readonly string[];
  /** The filters (not the search): an event they hide is not drawn. */
  keeps: (e: TimelineEvent) => boolean;
  /** The window. */
  range: TimeRange;
}

/**
 * The events always drawn as marks, even inside a cluster: the selected and the focused one, so the
 * open event and the keyboard focus stay real, named elements. Only while they pass the filters, are
 * in a drawn lane and are in the window (give or take a twentieth of it): a filtered-out or far-away
 * event is not drawn.
 */
export function pinnedEvents(
  candidates: readonly (TimelineEvent | null | undefined)[],
  { lanes, keeps, range }: PinContext,
): TimelineEvent[] {
  const margin = (range.to - range.from) / 20;
  const shown = new Set(lanes);
  return candidates.filter(
    (e): e is TimelineEvent =>
      !!e &&
      shown.has(e.category) &&
      keeps(e) &&
      e.t1 > range.from - margin &&
      e.t0 < range.to + margin,
  );
}
