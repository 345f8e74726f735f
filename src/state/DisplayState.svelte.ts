import type { ComparePeriods } from '../data/comparePeriodsText.ts';
import type { Presentation } from './urlCodec.ts';

/**
 * How the view is presented: chart or list, the money chart, the eras, the Compare view, and the
 * presentation (on or off, which story, which step). Plain flags, all of them kept in the URL.
 */
export class DisplayState {
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
  /** The presentation used when the URL names none: the list on narrow screens. */
  defaultPresentation: Presentation = 'timeline';

  presentation = $derived.by(() => this.show ?? this.defaultPresentation);
}
