import type { PartialDate } from '../partialDate.ts';
import type { Source } from '../schema.ts';
import { safeHref } from '../safeHref.ts';
import type { Report } from './reporter.ts';
import { htmlToLine, htmlToText, oneLine, type Link } from './htmlToText.ts';
import { partialDateFromParts, type DatePart, type DateParts } from './partialDateFromParts.ts';
import { truncateText } from '../truncateText.ts';

/** A TimelineJS slide, from either its JSON or its spreadsheet, with every value as written. */
export interface Slide {
  /** How the reader finds it: "row 7" in a spreadsheet, its unique_id or "#3" in JSON. */
  record: string;
  start: DateParts;
  end: DateParts;
  /** HTML, like the text. */
  headline: string;
  text: string;
  group: string;
  uniqueId: string;
  media: { url: string; credit: string; caption: string };
  /** Why the slide cannot be read at all (it is not an object), when so. */
  problem?: string;
}

/** The reader's names for the parts of a slide, so messages point at their columns or keys. */
export interface SlideColumns {
  start: Record<DatePart, string>;
  end: Record<DatePart, string>;
  headline: string;
  text: string;
  media: string;
  group: string;
  uniqueId: string;
}

/** A slide as the fields of one of our events; the caller adds the id and category. */
export interface SlideEvent {
  title: string;
  start: string;
  end?: string;
  summary: string;
  sources: Source[];
}

/** Titles are at most this long, in the schema too. */
export const MAX_TITLE = 120;
const MAX_SUMMARY = 800;
const MAX_SOURCE_TITLE = 300;
const MAX_PUBLISHER = 120;

/**
 * Converts one slide. Why a slide cannot be shown goes to `report` (and null comes back); what was
 * left out of a slide that is shown (an http link) goes to `warn`.
 */
export function slideToEvent(
  slide: Slide,
  columns: SlideColumns,
  report: Report,
  warn: Report = report,
): SlideEvent | null {
  if (slide.problem) {
    report('', slide.problem);
    return null;
  }
  const headline = htmlToText(slide.headline);
  const title = oneLine(headline.text, MAX_TITLE);
  if (!title) report(columns.headline, 'is missing; every event needs a headline');
  const dates = slideDates(slide, columns, report);
  if (!title || !dates) return null;
  const body = htmlToText(slide.text);
  const sources = [...headline.links, ...body.links].flatMap((link) =>
    linkSource(link, dates.start, columns.text, warn),
  );
  const media = slide.media.url ? safeHref(slide.media.url) : null;
  if (media && !sources.some((s) => s.url === media)) {
    const caption = htmlToLine(slide.media.credit || slide.media.caption, MAX_SOURCE_TITLE);
    sources.push(...linkSource({ text: caption, url: media }, dates.start, columns.media, warn));
  }
  return {
    title,
    start: dates.start.iso,
    ...(dates.end && { end: dates.end.iso }),
    summary: truncateText(body.text || title, MAX_SUMMARY),
    sources,
  };
}

/** The start and optional end of a slide or era; null when either is missing or impossible. */
export function slideDates(
  slide: Pick<Slide, 'start' | 'end'>,
  columns: Pick<SlideColumns, 'start' | 'end'>,
  report: Report,
): { start: PartialDate; end?: PartialDate } | null {
  const start = partialDateFromParts(slide.start);
  if (!start.ok) report(columns.start[start.part], start.message);
  const hasEnd = Object.values(slide.end).some(Boolean);
  const end = hasEnd ? partialDateFromParts(slide.end) : undefined;
  if (end && !end.ok) report(columns.end[end.part], end.message);
  if (!start.ok || (end && !end.ok)) return null;
  // The end is compared with the start's first day, so a month may end on its own first day.
  if (end && end.date.end <= start.date.start) {
    report(
      columns.end.year,
      `the end, ${end.date.iso}, is before the start, ${start.date.iso}; fix the end date or leave it empty`,
    );
    return null;
  }
  return { start: start.date, ...(end && { end: end.date }) };
}

/** A link as a source dated like its event; our sources must be https, so an http link is reported and left out. */
function linkSource(link: Link, date: PartialDate, field: string, report: Report): Source[] {
  const url = new URL(link.url);
  if (url.protocol !== 'https:') {
    report(
      field,
      `the link ${link.url} is not https, so it was left out of the sources; use its https:// address if it has one`,
    );
    return [];
  }
  const host = url.hostname.replace(/^www\./, '');
  return [
    {
      title: truncateText(link.text || host, MAX_SOURCE_TITLE),
      publisher: truncateText(host, MAX_PUBLISHER),
      url: link.url,
      date: date.iso,
    },
  ];
}
