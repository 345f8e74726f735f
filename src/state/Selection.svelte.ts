import type { EventLookup } from './EventIndex.svelte.ts';
import type { TimelineEvent } from '../data/timelineEvent.ts';
import { drawnAt } from '../data/timelineEvent.ts';
import { YEAR } from '../data/day.ts';
import { centreOn } from '../layout/timeRange.ts';
import { windowAround } from '../layout/timeRange.ts';
import type { TimeWindow } from './TimeWindow.svelte.ts';

/** Wider than this, the view is an overview, and opening an event zooms to its neighbourhood. */
const OVERVIEW_SPAN = 8 * YEAR;
const NEIGHBOURHOOD_SPAN = 3 * YEAR;

/**
 * Which event is open (selected) and which mark holds the timeline's keyboard focus, and how
 * opening or revealing an event moves the window to it.
 */
export class Selection {
  readonly #byId: EventLookup;
  readonly #window: TimeWindow;
  readonly #showCategoryOf: (e: TimelineEvent) => void;
  selectedId = $state<string | null>(null);
  /** The mark that holds the timeline's single tab stop. */
  focusedId = $state<string | null>(null);

  /** `showCategoryOf` makes an event's lane visible when it is opened or revealed. */
  constructor(
    byId: EventLookup,
    window: TimeWindow,
    showCategoryOf: (e: TimelineEvent) => void = () => {},
  ) {
    this.#byId = byId;
    this.#window = window;
    this.#showCategoryOf = showCategoryOf;
  }

  selected = $derived.by(() =>
    this.selectedId ? (this.#byId.get(this.selectedId) ?? null) : null,
  );

  /** Opens an event's details and brings it into view. */
  select(id: string | null): void {
    this.selectedId = id && this.#byId.has(id) ? id : null;
    if (!this.selectedId) return;
    this.focusedId = this.selectedId;
    const event = this.#byId.get(this.selectedId)!;
    const { range } = this.#window;
    // Opened from a view of many years, the event is shown among its neighbours (what happened
    // around it) in one animated move; otherwise the view only pans to it if it is out of sight.
    if (range.to - range.from > OVERVIEW_SPAN) {
      this.#showCategoryOf(event);
      this.#window.goTo(windowAround(event, NEIGHBOURHOOD_SPAN));
    } else this.reveal(this.selectedId);
  }

  /** Pans (never zooms) so the event is in view, if it is not already. */
  reveal(id: string): void {
    const e = this.#byId.get(id);
    if (!e) return;
    const mid = drawnAt(e);
    const { range } = this.#window;
    if (mid < range.from || mid > range.to) this.#window.setRange(centreOn(range, mid));
    this.#showCategoryOf(e);
  }
}
