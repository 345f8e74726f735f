import { isRecord } from '../validationError.ts';
import type { DatePart, DateParts } from './partialDateFromParts.ts';
import type { Slide, SlideColumns } from './slideToEvent.ts';
import { slidesToDataset, type EraSlide } from './slidesToDataset.ts';
import type { ImportOptions, ImportResult } from './validateImport.ts';

/** The keys of a TimelineJS slide, as messages name them. */
const KEYS: SlideColumns = {
  start: dateKeys('start_date'),
  end: dateKeys('end_date'),
  headline: 'text.headline',
  text: 'text.text',
  media: 'media.url',
  group: 'group',
  uniqueId: 'unique_id',
};

/**
 * Reads a TimelineJS JSON file (already parsed): its events, eras and title slide. Date parts
 * may be numbers or strings. Problems name each event by its unique_id, else "#N".
 */
export function importTimelineJsJson(
  json: Record<string, unknown>,
  { onProgress }: ImportOptions = {},
): ImportResult {
  const items = Array.isArray(json.events) ? (json.events as unknown[]) : [];
  const slides = items.map((item, i): Slide => {
    const slide = isRecord(item) ? item : {};
    const uniqueId = textOf(slide.unique_id);
    const media = {
      url: textAt(slide.media, 'url'),
      credit: textAt(slide.media, 'credit'),
      caption: textAt(slide.media, 'caption'),
    };
    return {
      record: uniqueId || `#${i + 1}`,
      ...datesOf(slide),
      headline: textAt(slide.text, 'headline'),
      displayDate: textOf(slide.display_date) || textAt(slide.start_date, 'display_date'),
      text: textAt(slide.text, 'text'),
      group: textOf(slide.group),
      uniqueId,
      media,
      ...(!isRecord(item) && {
        problem:
          'is not an object; write each event as { "start_date": { "year": 2016 }, "text": { "headline": "..." } }',
      }),
    };
  });
  const eras = (Array.isArray(json.eras) ? (json.eras as unknown[]) : []).map(
    (item, i): EraSlide => {
      const era = isRecord(item) ? item : {};
      return { record: `#${i + 1}`, ...datesOf(era), headline: textAt(era.text, 'headline') };
    },
  );
  const title = isRecord(json.title) ? textAt(json.title.text, 'headline') : '';
  const description = isRecord(json.title) ? textAt(json.title.text, 'text') : '';
  return slidesToDataset({
    format: 'timelinejs-json',
    slides,
    eras,
    title,
    description,
    columns: KEYS,
    onProgress,
  });
}

function dateKeys(date: string): Record<DatePart, string> {
  return { year: `${date}.year`, month: `${date}.month`, day: `${date}.day` };
}

function datesOf(item: Record<string, unknown>): { start: DateParts; end: DateParts } {
  const parts = (date: unknown) => ({
    year: textAt(date, 'year'),
    month: textAt(date, 'month'),
    day: textAt(date, 'day'),
  });
  return { start: parts(item.start_date), end: parts(item.end_date) };
}

function textAt(parent: unknown, key: string): string {
  return isRecord(parent) ? textOf(parent[key]) : '';
}

/** A JSON value as text: TimelineJS files write numbers both as 2016 and as "2016". */
function textOf(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value.trim();
  return value === undefined || value === null ? '' : JSON.stringify(value);
}
