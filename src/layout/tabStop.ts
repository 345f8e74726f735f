import type { TimelineEvent } from '../data/timelineEvent.ts';

/** Where the timeline's single tab stop is: on an event's mark, or on a cluster. */
export interface TabStop {
  eventId: string | null;
  clusterKey: string | null;
}

/**
 * The roving tab stop: the focused event if it is drawn, else the earliest drawn event the search
 * found, else (a view of clusters only, or nothing found) the first cluster.
 */
export function tabStop(
  marks: readonly { event: Pick<TimelineEvent, 'id' | 't0'> }[],
  clusters: readonly { key: string }[],
  focusedId: string | null,
  isFound: (id: string) => boolean = () => true,
): TabStop {
  if (focusedId !== null && marks.some((m) => m.event.id === focusedId))
    return { eventId: focusedId, clusterKey: null };
  let first: Pick<TimelineEvent, 'id' | 't0'> | undefined;
  for (const { event } of marks)
    if (isFound(event.id) && (!first || event.t0 < first.t0)) first = event;
  if (first) return { eventId: first.id, clusterKey: null };
  return { eventId: null, clusterKey: clusters[0]?.key ?? null };
}
