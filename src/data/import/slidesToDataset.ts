import { formatDateSpan } from '../partialDate.ts';
import type { Category } from '../schema.ts';
import type { ValidationError } from '../validationError.ts';
import { generateCategory } from './generateCategories.ts';
import { htmlToLine } from './htmlToText.ts';
import { uniqueSlugs } from './slugify.ts';
import { reporter } from './reporter.ts';
import {
  MAX_TITLE,
  slideDates,
  slideToEvent,
  type Slide,
  type SlideColumns,
} from './slideToEvent.ts';
import { truncateText } from '../truncateText.ts';
import { rowTicker, type OnRowProgress } from './rowProgress.ts';
import { validateImport, type ImportResult } from './validateImport.ts';

/** A TimelineJS era, as written: a headline over a span of dates. */
export type EraSlide = Pick<Slide, 'record' | 'start' | 'end' | 'headline'>;

export interface Slides {
  format: 'timelinejs-json' | 'timelinejs-csv';
  slides: Slide[];
  eras: EraSlide[];
  /** The title slide's headline, as HTML. */
  title: string;
  /** The title slide's text, as HTML. */
  description?: string;
  columns: SlideColumns;
  /** Hears how far reading and checking the slides has got. */
  onProgress?: OnRowProgress;
}

const UNGROUPED = 'Events';
const MAX_DESCRIPTION = 800;
// A category label's length (generateCategory truncates again, so this only bounds the work).
const MAX_GROUP = 200;

/**
 * Turns TimelineJS slides into our dataset: each group becomes a category (slides without one
 * go to "Events"), ids come from unique_id or the headline, and eras and the title come along.
 */
export function slidesToDataset({
  format,
  slides,
  eras,
  title,
  description = '',
  columns,
  onProgress,
}: Slides): ImportResult {
  const errors: ValidationError[] = [];
  const eventId = uniqueSlugs('event');
  const categoryId = uniqueSlugs('group');
  const categories = new Map<string, Category>();
  // Slides without a group join a group named "Events", so one called that is the same category.
  // A group is HTML like the rest of a slide: "Sanctions &amp; indictments" reads "Sanctions & indictments".
  const categoryFor = (group: string): string => {
    const label = htmlToLine(group, MAX_GROUP) || UNGROUPED;
    const category =
      categories.get(label) ?? generateCategory(categoryId(label), label, categories.size);
    categories.set(label, category);
    return category.id;
  };
  const events: unknown[] = [];
  const names: string[] = [];
  const tick = rowTicker('read', slides.length, onProgress);
  for (const [i, slide] of slides.entries()) {
    tick(i);
    const event = slideToEvent(
      slide,
      columns,
      reporter('events', slide.record, errors),
      reporter('events', slide.record, errors, true),
    );
    if (!event) continue;
    events.push({
      id: eventId(event.title, slide.uniqueId),
      ...event,
      category: categoryFor(slide.group),
      actors: [],
    });
    names.push(slide.record);
  }
  const ourField: Record<string, string> = {
    id: columns.uniqueId,
    title: columns.headline,
    start: columns.start.year,
    end: columns.end.year,
    category: columns.group,
    summary: columns.text,
    sources: columns.text,
  };
  return validateImport({
    format,
    events,
    names,
    records: slides.length,
    categories: [...categories.values()],
    actors: [],
    errors,
    title: htmlToLine(title, MAX_TITLE) || undefined,
    description: htmlToLine(description, MAX_DESCRIPTION) || undefined,
    eras: eras.flatMap((era) => toEra(era, columns, errors)),
    column: (field) => ourField[field.split(/[.[]/)[0] ?? ''] ?? field,
    onProgress,
  });
}

// An era's title in our format is at most 80 characters (EraSchema).
const MAX_ERA_TITLE = 80;

/** A TimelineJS era as one of our eras ({ title, start, end }), or none when its dates are unusable. */
function toEra(era: EraSlide, columns: SlideColumns, errors: ValidationError[]): unknown[] {
  const report = reporter('eras', era.record, errors);
  const dates = slideDates(era, columns, report);
  if (dates && !dates.end) report(columns.end.year, 'is missing; an era needs an end date');
  if (!dates?.end) return [];
  const title = htmlToLine(era.headline, MAX_TITLE) || formatDateSpan(dates.start, dates.end);
  return [
    { title: truncateText(title, MAX_ERA_TITLE), start: dates.start.iso, end: dates.end.iso },
  ];
}
