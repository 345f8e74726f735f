import { formatDateSpan, type PartialDate } from '../partialDate.ts';
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
  /** The date as the slide displays it ("Spring 1815"), when it gives one. */
  displayDate: string;
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
  summary?: string;
  sources: Source[];
}

/** Titles are at most this long, in the schema too. */
export const MAX_TITLE = 120;
const MAX_SUMMARY = 800;
const MAX_SOURCE_TITLE = 300;
const MAX_PUBLISHER = 120;

/**
 * Converts one slide. Why a slide cannot be shown goes to `report` (and null comes back); what was
 * left out of a slide that is shown (a bad end date, an http link) goes to `warn`.
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
  const dates = slideDates(slide, columns, report, warn);
  if (!dates) return null;
  const headline = htmlToText(slide.headline);
  const body = htmlToText(slide.text);
  // TimelineJS shows a slide without a headline by its date, text and media; its title here is
  // the date it displays, else the first words of its text, else its media's caption (so three
  // captioned videos on one day stay three events), else its date.
  const title =
    oneLine(headline.text, MAX_TITLE) ||
    htmlToLine(slide.displayDate, MAX_TITLE) ||
    firstWords(body.text) ||
    htmlToLine(slide.media.caption, MAX_TITLE) ||
    formatDateSpan(dates.start, dates.end);
  const sources = [...headline.links, ...body.links].flatMap((link) =>
    linkSource(link, columns.text, warn),
  );
  const media = slide.media.url ? safeHref(slide.media.url) : null;
  if (media && !sources.some((s) => s.url === media)) {
    const caption = htmlToLine(slide.media.credit || slide.media.caption, MAX_SOURCE_TITLE);
    sources.push(...linkSource({ text: caption, url: media }, columns.media, warn));
  }
  return {
    title,
    start: dates.start.iso,
    ...(dates.end && { end: dates.end.iso }),
    ...(body.text && { summary: truncateText(body.text, MAX_SUMMARY) }),
    sources,
  };
}

/**
 * The start and optional end of a slide or era; null when the start (or, without `warnEnd`, the
 * end) is missing or impossible. With `warnEnd`, a bad end is reported there and left out.
 */
export function slideDates(
  slide: Pick<Slide, 'start' | 'end'>,
  columns: Pick<SlideColumns, 'start' | 'end'>,
  report: Report,
  warnEnd?: Report,
): { start: PartialDate; end?: PartialDate } | null {
  const start = partialDateFromParts(slide.start);
  if (!start.ok) report(columns.start[start.part], start.message);
  const hasEnd = Object.values(slide.end).some(Boolean);
  const end = hasEnd ? partialDateFromParts(slide.end) : undefined;
  const endReport = warnEnd ?? report;
  const without = warnEnd ? ', so it is shown without an end' : '';
  if (end && !end.ok) endReport(columns.end[end.part], end.message + without);
  if (!start.ok || (end && !end.ok && !warnEnd)) return null;
  // The end is compared with the start's first day, so a month may end on its own first day.
  if (end?.ok && end.date.end <= start.date.start) {
    endReport(
      columns.end.year,
      `the end, ${end.date.iso}, is before the start, ${start.date.iso}; fix the end date or leave it empty${without}`,
    );
    if (!warnEnd) return null;
    return { start: start.date };
  }
  return { start: start.date, ...(end?.ok && { end: end.date }) };
}

/** The first words of a text, up to about 60 characters, as a title. */
function firstWords(text: string): string {
  const line = oneLine(text, 1000);
  if (line.length <= 60) return line;
  const cut = line.lastIndexOf(' ', 60);
  return `${line.slice(0, cut > 20 ? cut : 60)}…`;
}

/**
 * A link as a source. It has no date: the file does not say when the linked page was published.
 * Our sources must be https, so an http link is reported (the event is still shown) and left out.
 */
function linkSource(link: Link, field: string, report: Report): Source[] {
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
    },
  ];
}
