import type { Relation } from '../data/relationsOf.ts';
import type { ChartRoom } from '../layout/chartBudget.ts';
import { pinnedEvents } from '../layout/pinnedEvents.ts';
import { relationArcs } from '../layout/relationArcs.ts';
import { tabStop } from '../layout/tabStop.ts';
import { timelineLayout } from '../layout/timelineLayout.ts';
import type { ViewState } from './ViewState.svelte.ts';

/** What a timeline frame is computed from, read afresh each time one of them changes. */
export interface FrameInputs {
  /** Draw only these of the visible lanes (a slide's); all of them when left out. */
  lanes?: readonly string[];
  /** The room the chart has on the page, which its lanes fit; no limit when left out. */
  room?: ChartRoom;
  /** The selected event's links, drawn as arcs. */
  relations: readonly Relation[];
  /** A lane's name, as the lane header or gutter shows it. */
  laneName: (id: string) => string;
}

/**
 * The timeline's frame as the view stands: which lanes show, which marks are pinned, the laid-out
 * lanes, labels, eras and axis (timelineLayout), the single tab stop, the tooltip's mark and the
 * relation arcs. The Timeline component holds one and draws what it says; the chart's width,
 * the hovered mark and whether focus is inside are written here by the component.
 */
export class TimelineFrame {
  readonly #view: ViewState;
  readonly #inputs: () => FrameInputs;
  readonly #measure: (text: string) => number;
  /** The chart's width on the page, including a compact chart's gutter (0 until measured). */
  width = $state(0);
  /** The mark under the pointer, if any. */
  hoverId = $state<string | null>(null);
  /** Whether keyboard focus is on a mark, which then shows its tooltip. */
  focusInside = $state(false);

  /** `measure` gives a 12 px label's width (canvas in the browser, an estimate in Node). */
  constructor(view: ViewState, inputs: () => FrameInputs, measure: (text: string) => number) {
    this.#view = view;
    this.#inputs = inputs;
    this.#measure = measure;
  }

  laneIds = $derived.by(() => {
    const only = this.#inputs().lanes;
    const visible = this.#view.visibleCategories;
    return only ? visible.filter((c) => only.includes(c)) : visible;
  });

  /** The open and the focused event stay drawn, even where their lane would cluster them. */
  #pinned = $derived.by(() => {
    const view = this.#view;
    const focused = view.focusedId ? view.byId.get(view.focusedId) : undefined;
    return pinnedEvents([view.selected, focused], {
      lanes: this.laneIds,
      keeps: view.filters.keeps,
      range: view.range,
    });
  });

  // Landmarks are few: filtered once per filter change, then cut to the window per frame.
  #landmarks = $derived.by(() => this.#view.filtered.filter((e) => e.importance === 3));

  frame = $derived.by(() => {
    const view = this.#view;
    const { room, laneName } = this.#inputs();
    return timelineLayout({
      range: view.range,
      width: this.width,
      lanes: this.laneIds,
      laneIndex: view.laneIndex,
      pinned: this.#pinned,
      eras: view.showEras ? view.eras : [],
      landmarks: this.#landmarks,
      selectedId: view.selectedId,
      measure: this.#measure,
      laneName,
      room: room?.viewport ? room : undefined,
    });
  });

  /** The chart's own width: a compact chart leaves a gutter for the lanes' names at its left. */
  chartWidth = $derived(this.width - this.frame.gutter.width);

  /** The mark or cluster that holds the timeline's one tab stop. */
  stop = $derived.by(() => {
    const found = this.#view.foundIds;
    const { marks, clusters } = this.frame.lanes;
    return tabStop(marks, clusters, this.#view.focusedId, (id) => !found || found.has(id));
  });

  /** The mark whose tooltip shows: the hovered one, else the focused one while focus is inside. */
  tip = $derived.by(() => {
    const id = this.hoverId ?? (this.focusInside ? this.#view.focusedId : null);
    return id ? (this.frame.lanes.marks.find((m) => m.event.id === id) ?? null) : null;
  });

  /** Arcs from the open event to the events it is linked to. */
  arcs = $derived.by(() =>
    relationArcs(
      this.frame.lanes.marks,
      this.#view.selectedId,
      this.#inputs().relations.map((r) => r.event.id),
    ),
  );

  /** Whether nothing is drawn: no event matches, or none falls in the window. */
  empty = $derived.by(() => {
    const { marks, clusters } = this.frame.lanes;
    return this.#view.found.length === 0 || (marks.length === 0 && clusters.length === 0);
  });
}
