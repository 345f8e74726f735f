import { untrack } from 'svelte';
import type { ViewParams } from './urlCodec.ts';
import type { Story } from '../data/storySchema.ts';
import { loadStory } from '../data/loadStories.ts';
import { eventSteps, landmarksOf, storySteps, type PresentStep } from '../layout/presentSteps.ts';
import { clampStep, firstStep, lastStep, nextStep, prevStep } from './stepState.ts';
import type { PresentAction } from './presentKeys.ts';
import type { ViewState } from './ViewState.svelte.ts';

type Fetch = (path: string) => Promise<Pick<Response, 'ok' | 'text'>>;

/**
 * Presentation mode on top of the view: the steps (a story's, or the events found, in time order),
 * the current one (the view's `step`, kept in the URL), the blanked screen, and what each key does.
 */
export class PresentationState {
  readonly view: ViewState;
  story = $state.raw<Story | null>(null);
  /** A story id from the URL that does not exist; the events are presented instead. */
  missing = $state<string | null>(null);
  blank = $state(false);
  /** The view before the presentation started, restored on leaving (null when a link opened it). */
  #before: ViewParams | null = null;
  /** The id of the control that started the presentation, to give focus back to on leaving. */
  returnFocusTo: string | null = null;

  constructor(view: ViewState, fetchFn: Fetch) {
    this.view = view;
    // Loads the story named in the view (URL, picker); a missing one falls back to the events.
    $effect(() => {
      const id = view.storyId;
      this.story = null;
      this.missing = null;
      if (!id) return;
      loadStory(id, fetchFn).then((story) => {
        if (view.storyId !== id) return;
        this.story = story;
        this.missing = story ? null : id;
      });
    });
  }

  /** A story is named but not loaded yet: nothing is shown or moved until it is. */
  loading = $derived.by(
    () => this.view.storyId !== null && this.story === null && this.missing === null,
  );
  steps = $derived.by<PresentStep[]>(() => {
    if (this.story) return storySteps(this.story, this.view.byId, this.view.extent, this.view.eras);
    if (this.loading) return [];
    return eventSteps(this.view.landmarks ? landmarksOf(this.view.found) : this.view.found);
  });
  count = $derived(this.steps.length);
  index = $derived.by(() => clampStep(this.view.step, this.count));
  current = $derived<PresentStep | undefined>(this.steps[this.index - 1]);

  /** Moves the timeline and the selection to a step: its categories, its event, its window. */
  apply(step: PresentStep | undefined): void {
    if (!step) return;
    untrack(() => {
      const view = this.view;
      if (step.categories) view.showCategories(step.categories);
      if (step.event) view.showCategoryOf(step.event);
      view.selectedId = step.event?.id ?? null;
      view.highlightedEra = step.era;
      view.focusedId = step.event?.id ?? view.focusedId;
      view.goTo(step.range);
    });
  }

  go(step: number): void {
    this.blank = false;
    this.view.step = clampStep(step, this.count);
  }

  /** Does what a key or button asks; returns false for the actions the component handles (fullscreen, exit). */
  act(action: PresentAction): boolean {
    const { index, count } = this;
    if (action === 'next') this.go(nextStep(index, count));
    else if (action === 'prev') this.go(prevStep(index, count));
    else if (action === 'first') this.go(firstStep());
    else if (action === 'last') this.go(lastStep(count));
    else if (action === 'blank') this.blank = !this.blank;
    else return false;
    return true;
  }

  /**
   * Starts presenting a story (or, with null, the events shown; only the landmarks if asked),
   * remembering the view to come back to and the control to give focus back to.
   */
  start(story: string | null, opts: { landmarks?: boolean; returnFocusTo?: string } = {}): void {
    const view = this.view;
    this.#before = $state.snapshot(view.params) as ViewParams;
    this.returnFocusTo = opts.returnFocusTo ?? null;
    view.storyId = story;
    view.landmarks = story === null && !!opts.landmarks;
    view.step = 1;
    view.present = true;
  }

  /** Leaves the presentation, back to the view as it was before it (its window, categories and event). */
  leave(): void {
    this.blank = false;
    const before = this.#before;
    this.#before = null;
    this.returnFocusTo = null;
    this.view.highlightedEra = null;
    if (before) return this.view.applyParams(before);
    this.view.present = false;
    this.view.storyId = null;
    this.view.landmarks = false;
    this.view.step = 1;
  }
}
