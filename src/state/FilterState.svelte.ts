import type { Actor } from '../data/schema.ts';
import type { TimelineEvent } from '../data/timelineEvent.ts';
import {
  NO_FILTERS,
  combine,
  facetPredicates,
  hasFilters,
  searchText,
  type Facet,
  type FilterCriteria,
} from '../layout/eventFilter.ts';

/**
 * The reader's search and filters (actor, country, confidence, minimum amount), with the
 * predicates and per-option counts derived from them. Categories are in EventIndex, time in TimeWindow.
 */
export class FilterState {
  criteria = $state.raw<FilterCriteria>(NO_FILTERS);
  readonly #textOf: (e: TimelineEvent) => string;

  constructor(actors: readonly Actor[]) {
    const actorById = new Map(actors.map((a) => [a.id, a]));
    // Each event's search text is built the first time a search looks at it, then kept, so typing
    // only compares strings and a page that is never searched never builds them.
    const texts = new Map<string, string>();
    this.#textOf = (e) => texts.get(e.id) ?? texts.set(e.id, searchText(e, actorById)).get(e.id)!;
  }

  predicates = $derived.by(() => facetPredicates(this.criteria, this.#textOf));
  /** Facet filters without the query: these hide events. */
  keeps = $derived.by(() => combine(this.predicates, 'query'));
  /** Whether any of them is set, so that `keeps` can hide something. */
  hides = $derived.by(() => hasFilters({ ...this.criteria, query: '' }));
  /** The query alone: it highlights matching events and dims the rest. */
  matches = $derived.by(() => (this.criteria.query.trim() ? this.predicates.query : null));
  active = $derived.by(() => hasFilters(this.criteria));

  set<K extends keyof FilterCriteria>(key: K, value: FilterCriteria[K]): void {
    this.criteria = { ...this.criteria, [key]: value };
  }

  clear(): void {
    this.criteria = NO_FILTERS;
  }

  /** How many of `events` each value of a facet would keep, given the other filters. */
  countBy(
    events: readonly TimelineEvent[],
    facet: Exclude<Facet, 'query' | 'minAmount'>,
    valuesOf: (e: TimelineEvent) => readonly string[],
  ): Map<string, number> {
    const others = combine(this.predicates, facet);
    const counts = new Map<string, number>();
    for (const e of events)
      if (others(e)) for (const v of new Set(valuesOf(e))) counts.set(v, (counts.get(v) ?? 0) + 1);
    return counts;
  }

  /** How many of `events` would pass with the minimum amount set to each threshold. */
  countAtLeast(
    events: readonly TimelineEvent[],
    thresholds: readonly number[],
  ): Map<number, number> {
    const others = combine(this.predicates, 'minAmount');
    const amounts = events.filter(others).map((e) => e.amountUsd ?? 0);
    return new Map(thresholds.map((t) => [t, amounts.filter((a) => a >= t).length]));
  }
}
