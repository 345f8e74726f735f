import type { Story } from '../data/storySchema.ts';
import type { TimelineEvent } from '../data/timelineEvent.ts';
import type { TimelineEra } from '../data/timelineEra.ts';
import { parseComparePeriods, type ComparePeriods } from '../data/comparePeriodsText.ts';
import { parsePartialDate } from '../data/partialDate.ts';
import { windowAround, type TimeRange } from './timeRange.ts';

/** One slide of a presentation: what the card says and where the timeline goes. */
export interface PresentStep {
  title: string;
  event: TimelineEvent | null;
  /** The story's words for this step; without a story, the event's summary is shown instead. */
  narration: string | null;
  questions: string[];
  /** The window to show. */
  range: TimeRange;
  /** Categories to show, or null to keep the reader's. */
  categories: string[] | null;
  /** The era the step highlights, or null. */
  era: string | null;
  /** Two windows the step compares side by side (the Compare view), or null. */
  compare: ComparePeriods | null;
}

/** A presentation of events one by one, in time order (no story: the events of the current filters). */
export function eventSteps(events: readonly TimelineEvent[]): PresentStep[] {
  return events.map((event) => ({
    title: event.title,
    event,
    narration: null,
    questions: [],
    range: windowAround(event),
    categories: null,
    era: null,
    compare: null,
  }));
}

/** The landmarks and major events (`importance` 2 or 3): a shorter presentation of a long list. */
export function landmarksOf(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events.filter((e) => (e.importance ?? 0) >= 2);
}

/** Above this many steps, presenting the events shown is long for one lesson: the menu suggests narrowing. */
export const LONG_PRESENTATION = 40;

/**
 * A story's steps. A step's view (from, to, cat) wins over the window around its event, which wins
 * over its era's span (an era that the dataset lacks is not highlighted); a step
 * whose event is missing from the dataset keeps its own title and view. `fallback` is the window
 * for a step that gives neither.
 */
export function storySteps(
  story: Story,
  byId: Pick<ReadonlyMap<string, TimelineEvent>, 'get'>,
  fallback: TimeRange,
  eras: readonly TimelineEra[] = [],
): PresentStep[] {
  return story.steps.map((step) => {
    const event = (step.event && byId.get(step.event)) || null;
    const era = (step.era && eras.find((e) => e.id === step.era)) || null;
    const from = step.view?.from ? parsePartialDate(step.view.from) : null;
    const to = step.view?.to ? parsePartialDate(step.view.to) : null;
    const range =
      from && to
        ? { from: from.start, to: to.end }
        : event
          ? windowAround(event)
          : era
            ? aroundEra(era, fallback)
            : fallback;
    return {
      title: step.title ?? event?.title ?? story.title,
      event,
      narration: step.narration,
      questions: step.questions ?? [],
      range,
      categories: step.view?.cat ?? null,
      era: era?.id ?? null,
      compare: parseComparePeriods(step.compare),
    };
  });
}

/** An era with a tenth of its length either side; a running era runs to the end of `fallback`. */
function aroundEra(era: TimelineEra, fallback: TimeRange): TimeRange {
  const to = Math.min(era.t1, fallback.to);
  const pad = (to - era.t0) / 10;
  return { from: era.t0 - pad, to: to + pad };
}
