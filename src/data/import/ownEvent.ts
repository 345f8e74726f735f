import * as v from 'valibot';
import { parsePartialDate } from '../partialDate.ts';
import { EventSchema, QuoteSchema, type Source } from '../schema.ts';
import { CONFIDENCE, RELATION_TYPES, SLUG } from '../vocabulary.ts';
import { isRecord } from '../validationError.ts';
import { truncateText } from '../truncateText.ts';
import type { Report } from './reporter.ts';
import { slugify } from './slugify.ts';
import { ownSource } from './ownSource.ts';

/** The fields of an event, read leniently; the id and category are settled across the file. */
export interface OwnEvent {
  /** The id as written (may be empty or not a slug). */
  id: string;
  /** The category as written: an id or a label, or "" for none. */
  category: string;
  fields: Record<string, unknown>;
}

const MAX = { title: 120, shortTitle: 32, summary: 800, note: 800 } as const;

// Names people use for our fields in hand-written files.
const ALIASES: Record<string, string> = {
  date: 'start',
  name: 'title',
  headline: 'title',
  description: 'summary',
  text: 'summary',
  group: 'category',
  type: 'category',
};
// The schema's own fields, and `url`: a single source given as a plain link.
const KNOWN = new Set([...Object.keys(EventSchema.entries), 'url']);

/**
 * Reads one record of a reader's own file as leniently as it can be shown: only a title and a
 * start are required. Anything else that is wrong is left out or shortened, with a warning on
 * `warn`; a record that cannot be placed gives null, with the reason on `fail`.
 */
export function ownEvent(item: unknown, fail: Report, warn: Report): OwnEvent | null {
  if (!isRecord(item)) {
    fail('', 'is not an object; write each event as { "title": "...", "start": "2016-02-04" }');
    return null;
  }
  const raw: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    const field = KNOWN.has(key) ? key : ALIASES[key];
    if (field && !(field in raw)) raw[field] = value;
    else if (!field)
      warn(key, 'is not a field of this format, so it was ignored (check its spelling)');
  }
  const text = (field: string): string =>
    typeof raw[field] === 'string' || typeof raw[field] === 'number'
      ? String(raw[field]).trim()
      : '';
  const short = (field: keyof typeof MAX): string | undefined => {
    const value = text(field);
    if (value.length > MAX[field])
      warn(field, `is longer than ${MAX[field]} characters, so it was shortened`);
    return value ? truncateText(value, MAX[field]) : undefined;
  };
  const title = short('title');
  if (!title) fail('title', 'is missing; every event needs a title');
  const start = text('start');
  if (!start) fail('start', 'is missing; write a date such as 2016, 2016-02 or 2016-02-04');
  else if (!parsePartialDate(start))
    fail('start', `"${start}" is not a date; write a date such as 2016, 2016-02 or 2016-02-04`);
  if (!title || !start || !parsePartialDate(start)) return null;

  let end: string | undefined = text('end') || undefined;
  const endDate = end ? parsePartialDate(end) : null;
  if (end && !endDate) {
    warn('end', `"${end}" is not a date, so the event is shown without an end`);
    end = undefined;
  } else if (endDate && endDate.end < parsePartialDate(start)!.end) {
    warn('end', `${end} is before the start, ${start}, so the event is shown without an end`);
    end = undefined;
  }
  const fields: Record<string, unknown> = {
    title,
    shortTitle: short('shortTitle'),
    start,
    end,
    summary: short('summary'),
    actors: slugs(raw.actors, 'actors', warn),
    targets: texts(raw.targets, 160),
    countries: list(raw.countries).flatMap((c, i) => {
      const code = c.toUpperCase();
      if (/^[A-Z]{2}$/.test(code)) return [code];
      warn(
        `countries[${i}]`,
        `"${c}" is not a two-letter country code such as KP, so it was left out`,
      );
      return [];
    }),
    amountUsd: amount(raw.amountUsd, warn),
    tags: slugs(raw.tags, 'tags', warn),
    importance: ['1', '2', '3'].includes(text('importance'))
      ? Number(text('importance'))
      : undefined,
    confidence: picked(raw.confidence, CONFIDENCE, 'confidence', warn),
    sources: sources(raw.sources ?? raw.url, warn),
    related: related(raw.related, warn),
    note: short('note'),
    quote:
      raw.quote === undefined ? undefined : v.is(QuoteSchema, raw.quote) ? raw.quote : undefined,
  };
  if (raw.importance !== undefined && fields.importance === undefined)
    warn('importance', 'must be 1, 2 or 3, so it was left out');
  if (raw.quote !== undefined && fields.quote === undefined)
    warn(
      'quote',
      'needs text, by and a source with a title, publisher, https URL and date; it was left out',
    );
  // Copied rather than deleted from: delete would put the object in V8's slow dictionary mode.
  const defined: Record<string, unknown> = {};
  for (const key in fields) if (fields[key] !== undefined) defined[key] = fields[key];
  return { id: text('id'), category: text('category'), fields: defined };
}

/** A list written as an array, or as one string with "|" or "," between the items. */
function list(value: unknown): string[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[|,]/) : [];
  return items
    .filter((x): x is string | number => typeof x === 'string' || typeof x === 'number')
    .map((x) => String(x).trim())
    .filter(Boolean);
}

function texts(value: unknown, max: number): string[] | undefined {
  const items = list(value).map((t) => truncateText(t, max));
  return items.length ? items : undefined;
}

/** Ids made from whatever was written: "Lazarus Group" is read as lazarus-group. */
function slugs(value: unknown, field: string, warn: Report): string[] | undefined {
  const items = list(value).flatMap((t, i) => {
    const slug = SLUG.test(t) ? t : slugify(t);
    if (!slug)
      warn(
        `${field}[${i}]`,
        `"${t}" has no letters or digits to make an id of, so it was left out`,
      );
    return slug ? [slug] : [];
  });
  return items.length ? [...new Set(items)] : undefined;
}

// Only decimal numbers: Number() would also read "0x10" as 16 and "0b10" as 2.
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function amount(value: unknown, warn: Report): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  // Spreadsheets often write 81000000 as "81,000,000" or "$81,000,000".
  const written = String(value).replace(/[,\s$]/g, '');
  const n = typeof value === 'number' ? value : DECIMAL.test(written) ? Number(written) : NaN;
  if (Number.isFinite(n) && n > 0) return n;
  warn(
    'amountUsd',
    `"${String(value)}" is not a positive number of US dollars, so it was left out`,
  );
  return undefined;
}

function picked<T extends string>(
  value: unknown,
  allowed: readonly T[],
  field: string,
  warn: Report,
): T | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const word = String(value).trim().toLowerCase() as T;
  if (allowed.includes(word)) return word;
  warn(field, `"${String(value)}" is not one of: ${allowed.join(', ')}; it was left out`);
  return undefined;
}

function sources(value: unknown, warn: Report): Source[] {
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return items.flatMap((item, i) => ownSource(item, `sources[${i}]`, warn) ?? []);
}

function related(value: unknown, warn: Report) {
  if (!Array.isArray(value)) return undefined;
  const links = value.flatMap((r, i) => {
    const type = isRecord(r) ? r.type : undefined;
    const id = isRecord(r) ? r.id : undefined;
    if (typeof id === 'string' && SLUG.test(id) && RELATION_TYPES.includes(type as never))
      return [{ id, type: type as (typeof RELATION_TYPES)[number] }];
    warn(
      `related[${i}]`,
      `must be { "id": "an-event-id", "type": "see-also" } with a type among: ${RELATION_TYPES.join(', ')}; it was left out`,
    );
    return [];
  });
  return links.length ? links : undefined;
}
