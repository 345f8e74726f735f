import type { Dataset } from '../data/validateDataset.ts';
import type { TimelineEra } from '../data/timelineEra.ts';
import { extentOf } from '../layout/timeRange.ts';
import type { ViewParams } from './urlCodec.ts';
import { TimeWindow } from './TimeWindow.svelte.ts';
import { Selection } from './Selection.svelte.ts';
import { DisplayState } from './DisplayState.svelte.ts';
import { EventIndex } from './EventIndex.svelte.ts';

// What the view hands on from each part, under the same names as the part's own.
const TIME = [
  'extent',
  'range',
  'isAll',
  'moving',
  'setRange',
  'goTo',
  'stopAnimation',
  'zoomBy',
  'showAll',
] as const;
const SELECTION = ['selectedId', 'focusedId', 'selected', 'select', 'reveal'] as const;
const DISPLAY = [
  'show',
  'money',
  'showEras',
  'highlightedEra',
  'compare',
  'present',
  'storyId',
  'landmarks',
  'step',
  'defaultPresentation',
  'presentation',
] as const;
const INDEX = [
  'categoryIds',
  'usedCategories',
  'byId',
  'filters',
  'categories',
  'visibleCategories',
  'filtered',
  'found',
  'foundIds',
  'laneIndex',
  'foundIndex',
  'inWindow',
  'windowCount',
  'hiding',
  'toggleCategory',
  'showCategories',
  'showCategoryOf',
  'clearFilters',
] as const;

/** Makes `keys` of `part` readable and writable on `target` (methods bound to the part). */
function forward<T extends object>(target: object, part: T, keys: readonly (keyof T)[]): void {
  for (const key of keys)
    Object.defineProperty(target, key, {
      get: () => {
        const value = part[key];
        return typeof value === 'function' ? value.bind(part) : value;
      },
      set: (value: T[typeof key]) => (part[key] = value),
    });
}

// The parts' members, typed on the view; forward() defines them in the constructor.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface ViewState
  extends
    Pick<TimeWindow, (typeof TIME)[number]>,
    Pick<Selection, (typeof SELECTION)[number]>,
    Pick<DisplayState, (typeof DISPLAY)[number]>,
    Pick<EventIndex, (typeof INDEX)[number]> {}

/**
 * The view, in four parts that can be used alone: the window of time and its animation (`time`),
 * the open and the focused event (`selection`), how it is presented (`display`), and which events
 * are shown with the indexes derived from them (`index`). The view wires them together, reads and
 * writes them as URL parameters, and hands on their members under the same names, so code written
 * against the whole view keeps working.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class ViewState {
  readonly dataset: Dataset;
  /** The dataset's eras (none when it has none). */
  readonly eras: TimelineEra[];
  readonly time: TimeWindow;
  readonly selection: Selection;
  readonly display: DisplayState;
  readonly index: EventIndex;

  constructor(dataset: Dataset) {
    this.dataset = dataset;
    this.eras = dataset.eras ?? [];
    this.time = new TimeWindow(extentOf(dataset.events));
    this.index = new EventIndex(dataset, this.time);
    this.selection = new Selection(this.index.byId, this.time, (e) => this.index.showCategoryOf(e));
    this.display = new DisplayState();
    forward(this, this.time, TIME);
    forward(this, this.selection, SELECTION);
    forward(this, this.display, DISPLAY);
    forward(this, this.index, INDEX);
  }

  /** The eras that overlap the window, while eras are shown. */
  erasInWindow = $derived.by(() => {
    const { range } = this.time;
    return this.display.showEras
      ? this.eras.filter((e) => e.t0 < range.to && e.t1 > range.from)
      : [];
  });

  /** The URL parameters that reproduce this view. */
  get params(): ViewParams {
    const { time, selection, display, index } = this;
    return {
      range: time.isAll ? null : time.range,
      categories: index.categories,
      event: selection.selectedId,
      filters: index.filters.criteria,
      show: display.show,
      money: display.money,
      eras: display.showEras,
      compare: display.compare,
      present: display.present,
      landmarks: display.present && display.landmarks,
      story: display.storyId,
      step: display.present || display.storyId ? display.step : null,
    };
  }

  applyParams(p: ViewParams): void {
    const { time, selection, display, index } = this;
    // Back, Forward or a new link: whatever was moving stops where the URL says.
    time.stopAnimation();
    index.categories = p.categories;
    selection.selectedId = p.event;
    index.filters.criteria = p.filters;
    display.show = p.show;
    display.money = p.money;
    display.showEras = p.eras;
    display.compare = p.compare;
    display.present = p.present || p.story !== null;
    display.landmarks = p.landmarks;
    display.storyId = p.story;
    display.step = p.step ?? 1;
    time.setRange(p.range ?? time.extent);
    if (p.event && !p.range) selection.reveal(p.event);
    if (p.event) selection.focusedId = p.event;
  }
}
