import type { Dataset } from '../data/validateDataset.ts';
import type { Category } from '../data/schema.ts';
import type { TimelineEvent } from '../data/timelineEvent.ts';
import type { TimelineEra } from '../data/timelineEra.ts';
import {
  centreOn,
  clampRange,
  extentOf,
  sameRange,
  zoomRange,
  type TimeRange,
} from '../layout/timeRange.ts';
import type { Presentation, ViewParams } from './urlCodec.ts';
import type { ComparePeriods } from '../layout/comparePeriods.ts';
import { FilterState } from './FilterState.svelte.ts';
import { windowAround } from '../layout/presentSteps.ts';
import { animateRange, cancelRangeAnimation } from './animateRange.ts';
import { countIn, eventsIn, indexByLane } from '../layout/timeIndex.ts';
import { byTime, drawnAt } from '../data/timelineEvent.ts';
import { YEAR } from '../data/day.ts';

/** Wider than this, the view is an overview, and opening an event zooms to its neighbourhood. */
const OVERVIEW_SPAN = 8 * YEAR;
const NEIGHBOURHOOD_SPAN = 3 * YEAR;

/**
 * The view: which window of time, which categories, which event is selected and which mark holds
 * the keyboard focus. The range is the single source of truth for zoom; scales and d3-zoom's
 * transform are derived from it.
 */
export class ViewState {
  readonly dataset: Dataset;
  /** The dataset's eras (none when it has none). */
  readonly eras: TimelineEra[];
  /** The whole dataset's span: the zoomed-out limit. */
  readonly extent: TimeRange;
  readonly categoryIds: string[];
  /** The categories that have events, in the dataset's order. */
  readonly usedCategories: Category[];
  readonly byId: Map<string, TimelineEvent>;
  range = $state.raw<TimeRange>({ from: 0, to: 1 });
  /** Visible categories, or null when all are visible. */
  categories = $state.raw<string[] | null>(null);
  selectedId = $state<string | null>(null);
  /** The mark that holds the timeline's single tab stop. */
  focusedId = $state<string | null>(null);
  /** Chart or list; null means the default for the screen (see `presentation`). */
  show = $state<Presentation | null>(null);
  money = $state(false);
  /** Whether the eras (context bands) are drawn. */
  showEras = $state(true);
  /** The era a presentation step highlights, if any. */
  highlightedEra = $state<string | null>(null);
  /** Two windows compared side by side (the Compare view), or null. */
  compare = $state.raw<ComparePeriods | null>(null);
  /** Presentation mode: on or off, the story presented (null: the events found) and the step. */
  present = $state(false);
  storyId = $state<string | null>(null);
  /** Presenting only the landmarks and major events of those shown (`present=landmarks`). */
  landmarks = $state(false);
  step = $state(1);
  readonly filters: FilterState;
  /** The presentation used when the URL names none: the list on narrow screens. */
  defaultPresentation: Presentation = 'timeline';

  constructor(dataset: Dataset) {
    this.dataset = dataset;
    this.eras = dataset.eras ?? [];
    this.extent = extentOf(dataset.events);
    // Only categories that have events get a lane and a legend entry (a reader's file may declare more).
    // One pass, no array per event: a reader's file can have 100,000 of them.
    const used = new Set<string>();
    this.byId = new Map();
    for (const e of dataset.events) {
      used.add(e.category);
      this.byId.set(e.id, e);
    }
    this.usedCategories = dataset.categories.filter((c) => used.has(c.id));
    this.categoryIds = this.usedCategories.map((c) => c.id);
    this.range = this.extent;
    this.filters = new FilterState(dataset.actors);
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
    const { from, to } = this.range;
    return [...this.foundIndex.values()].flatMap((index) => eventsIn(index, from, to)).sort(byTime);
  });
  /** How many events are in the window: binary searches, cheap enough for every frame of a zoom. */
  windowCount = $derived.by(() =>
    [...this.foundIndex.values()].reduce(
      (n, index) => n + countIn(index, this.range.from, this.range.to),
      0,
    ),
  );
  presentation = $derived.by(() => this.show ?? this.defaultPresentation);
  /** The eras that overlap the window, while eras are shown. */
  erasInWindow = $derived.by(() =>
    this.showEras ? this.eras.filter((e) => e.t0 < this.range.to && e.t1 > this.range.from) : [],
  );
  /** Whether the reader is hiding events: a search or filter, or unticked categories. */
  hiding = $derived.by(() => this.filters.active || this.categories !== null);
  selected = $derived.by(() => (this.selectedId ? (this.byId.get(this.selectedId) ?? null) : null));
  isAll = $derived.by(() => sameRange(this.range, this.extent));

  /** The URL parameters that reproduce this view. */
  get params(): ViewParams {
    return {
      range: this.isAll ? null : this.range,
      categories: this.categories,
      event: this.selectedId,
      filters: this.filters.criteria,
      show: this.show,
      money: this.money,
      eras: this.showEras,
      compare: this.compare,
      present: this.present,
      landmarks: this.present && this.landmarks,
      story: this.storyId,
      step: this.present || this.storyId ? this.step : null,
    };
  }

  applyParams(p: ViewParams): void {
    // Back, Forward or a new link: whatever was moving stops where the URL says.
    this.stopAnimation();
    this.categories = p.categories;
    this.selectedId = p.event;
    this.filters.criteria = p.filters;
    this.show = p.show;
    this.money = p.money;
    this.showEras = p.eras;
    this.compare = p.compare;
    this.present = p.present || p.story !== null;
    this.landmarks = p.landmarks;
    this.storyId = p.story;
    this.step = p.step ?? 1;
    this.setRange(p.range ?? this.extent);
    if (p.event && !p.range) this.reveal(p.event);
    if (p.event) this.focusedId = p.event;
  }

  setRange(range: TimeRange): void {
    const next = clampRange(range, this.extent);
    if (!sameRange(next, this.range)) this.range = next;
  }

  /** Where a running animation is heading, so a second click zooms from there, not from midway. */
  #heading: TimeRange | null = null;

  /** Moves to a range with an animation (instant under reduced motion); interruptible. */
  goTo(range: TimeRange): void {
    const target = clampRange(range, this.extent);
    this.#heading = target;
    animateRange(this.range, target, (r) => {
      this.setRange(r);
      if (sameRange(r, target)) this.#heading = null;
    });
  }

  /** Stops an animated move where it is (the reader has started a gesture). */
  stopAnimation(): void {
    cancelRangeAnimation();
    this.#heading = null;
  }

  /** Zooms in (factor > 1) or out around an instant, the centre by default. */
  zoomBy(factor: number, anchor?: number): void {
    this.goTo(zoomRange(this.#heading ?? this.range, factor, anchor));
  }

  showAll(): void {
    this.goTo(this.extent);
  }

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

  /** Clears the search, the filters and the category checkboxes. */
  clearFilters(): void {
    this.filters.clear();
    this.categories = null;
  }

  /** Opens an event's details and brings it into view. */
  select(id: string | null): void {
    this.selectedId = id && this.byId.has(id) ? id : null;
    if (!this.selectedId) return;
    this.focusedId = this.selectedId;
    const event = this.byId.get(this.selectedId)!;
    // Opened from a view of many years, the event is shown among its neighbours (what happened
    // around it) in one animated move; otherwise the view only pans to it if it is out of sight.
    if (this.range.to - this.range.from > OVERVIEW_SPAN) {
      this.showCategoryOf(event);
      this.goTo(windowAround(event, NEIGHBOURHOOD_SPAN));
    } else this.reveal(this.selectedId);
  }

  /** Pans (never zooms) so the event is in view, if it is not already. */
  reveal(id: string): void {
    const e = this.byId.get(id);
    if (!e) return;
    const mid = drawnAt(e);
    if (mid < this.range.from || mid > this.range.to) this.setRange(centreOn(this.range, mid));
    this.showCategoryOf(e);
  }

  /** Makes sure an event's category is shown. */
  showCategoryOf(event: TimelineEvent): void {
    if (!this.visibleCategories.includes(event.category)) this.toggleCategory(event.category);
  }
}
