import type { TimelineEvent } from '../data/timelineEvent.ts';

/** What the list is sorted by, and which way (1: ascending). */
export interface ListSort {
  key: 'date' | 'amount';
  dir: 1 | -1;
}

/**
 * The list's rows: sorted by date, or by amount (events without one last, ascending first), ties
 * in time order, cut to `limit`.
 */
export function sortRows(
  events: readonly TimelineEvent[],
  { key, dir }: ListSort,
  limit: number,
): TimelineEvent[] {
  const value = (e: TimelineEvent) => (key === 'date' ? e.t0 : (e.amountUsd ?? -1));
  return [...events].sort((a, b) => dir * (value(a) - value(b)) || a.t0 - b.t0).slice(0, limit);
}

/** A click on a column's header: the same column flips, another starts with its natural order (dates oldest first, amounts largest first). */
export function nextSort(sort: ListSort, key: ListSort['key']): ListSort {
  if (sort.key === key) return { key, dir: sort.dir === 1 ? -1 : 1 };
  return { key, dir: key === 'amount' ? -1 : 1 };
}
