import type { Dataset } from '../data/validateDataset.ts';
import type { Category } from '../data/schema.ts';
import type { TimelineEvent } from '../data/timelineEvent.ts';

/** Looks events up by id (a Map is one). */
export type EventLookup = Pick<ReadonlyMap<string, TimelineEvent>, 'get' | 'has'>;
import { byTime } from '../data/timelineEvent.ts';
import type { TimeRange } from '../layout/timeRange.ts';
import { countIn, eventsIn, indexByLane } from '../layout/timeIndex.ts';
import { FilterState } from './FilterState.svelte.ts';

/**
 * Which events are shown (the categories ticked, the filters, the search) and the indexes derived
 * from them: rebuilt when those change, and read per frame with binary searches only.
 */
export class EventIndex {
  readonly dataset: Dataset;
  readonly categoryIds: string[];
  /** The categories that have events, in the dataset's order. */
  readonly usedCategories: Category[];
  /** Events by id, built when first asked for (an event opened, a link's `event=`): a large file's first render does without it. */
  readonly byId: EventLookup = {
    get: (id) => this.#eventMap().get(id),
    has: (id) => this.#eventMap().has(id),
  };
  #byId: Map<string, TimelineEvent> | null = null;
  readonly filters: FilterState;
  /** Visible categories, or null when all are visible. */
  categories = $state.raw<string[] | null>(null);
  readonly #window: { readonly range: TimeRange };

  /** `window` is read for the events in it (`inWindow`, `windowCount`). */
  constructor(dataset: Dataset, window: { readonly range: TimeRange }) {
    this.dataset = dataset;
    this.#window = window;
    // Only categories that have events get a lane and a legend entry (a reader's file may declare more).
    // One pass, no array per event: a reader's file can have 100,000 of them.
    const used = new Set<string>();
    for (const e of dataset.events) used.add(e.category);
    this.usedCategories = dataset.categories.filter((c) => used.has(c.id));
    this.categoryIds = this.usedCategories.map((c) => c.id);
    this.filters = new FilterState(dataset.actors);
  }

  #eventMap(): Map<string, TimelineEvent> {
    if (this.#byId) return this.#byId;
    const map = new Map<string, TimelineEvent>();
    for (const e of this.dataset.events) map.set(e.id, e);
    return (this.#byId = map);
  }

  // Derivations are written as closures: they run lazily, after the constructor has set the fields.

  visibleCategories = $derived.by(() => this.categories ?? this.categoryIds);
  /** Events of the visible categories that pass the filters, in time order. */
  filtered = $derived.by(() => {
    // Nothing hidden (the usual first view): the events themselves, not a copy of them.
    if (this.categories === null && !this.filters.hides) return this.dataset.events;
    const shown = new Set(this.visibleCategories);
    const keeps = this.filters.keeps;
    return this.dataset.events.filter((e) => shown.has(e.category) && keeps(e));
  });
  /** The filtered events that match the search (all of them when there is no search). */
  found = $derived.by(() =>
    this.filters.matches ? this.filtered.filter(this.filters.matches) : this.filtered,
  );
  /** The ids of the events found while a search is on (null without one): a lookup per drawn mark, per frame. */
  foundIds = $derived.by(() =>
    this.filters.matches ? new Set(this.found.map((e) => e.id)) : null,
  );
  /** The filtered events indexed by time, lane by lane: rebuilt when filters change, not per frame. */
  laneIndex = $derived.by(() => indexByLane(this.filtered));
  /** The same for the events found by the search (the filtered ones when there is no search). */
  foundIndex = $derived.by(() => (this.filters.matches ? indexByLane(this.found) : this.laneIndex));
  /** The events found in the current window (the list view's rows), from the index. */
  inWindow = $derived.by(() => {
    const { from, to } = this.#window.range;
    return [...this.foundIndex.values()].flatMap((index) => eventsIn(index, from, to)).sort(byTime);
  });
  /** How many events are in the window: binary searches, cheap enough for every frame of a zoom. */
  windowCount = $derived.by(() => {
    const { from, to } = this.#window.range;
    return [...this.foundIndex.values()].reduce((n, index) => n + countIn(index, from, to), 0);
  });
  /** Whether the reader is hiding events: a search or filter, or unticked categories. */
  hiding = $derived.by(() => this.filters.active || this.categories !== null);

  toggleCategory(id: string): void {
    const shown = new Set(this.visibleCategories);
    if (shown.has(id)) shown.delete(id);
    else shown.add(id);
    this.showCategories(shown);
  }

  /** Shows exactly these categories (ids the dataset has no lane for are left out); all of them is stored as null. */
  showCategories(ids: Iterable<string>): void {
    const shown = new Set(ids);
    const next = this.categoryIds.filter((c) => shown.has(c));
    this.categories = next.length === this.categoryIds.length ? null : next;
  }

  /** Makes sure an event's category is shown. */
  showCategoryOf(event: TimelineEvent): void {
    if (!this.visibleCategories.includes(event.category)) this.toggleCategory(event.category);
  }

  /** Clears the search, the filters and the category checkboxes. */
  clearFilters(): void {
    this.filters.clear();
    this.categories = null;
  }
}
