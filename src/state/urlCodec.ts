import { parsePartialDate, toIsoDay } from '../data/partialDate.ts';
import type { TimeRange } from '../layout/timeRange.ts';

/** The parts of the view that live in the URL. Dates, never pixels or zoom factors. */
export interface ViewParams {
  /** The visible window, or null for "the whole dataset". */
  range: TimeRange | null;
  /** Visible categories, or null when all are visible. */
  categories: string[] | null;
  /** The selected event's id, or null. */
  event: string | null;
}

/** What the codec needs to know to accept a value: the ids that exist. */
export interface CodecContext {
  categoryIds: readonly string[];
  eventIds: ReadonlySet<string>;
}

/**
 * Reads view parameters from a query string. Never throws: each bad or unknown value falls back
 * to its default on its own (a bad `to` loses the range, an unknown category is dropped, an
 * unknown event is ignored), so a mangled link still opens a working timeline.
 */
export function parseViewParams(search: string, ctx: CodecContext): ViewParams {
  const q = new URLSearchParams(search);
  return { range: parseRange(q.get('from'), q.get('to')), categories: parseCategories(q.get('cat'), ctx.categoryIds), event: parseEvent(q.get('event'), ctx.eventIds) };
}

function parseRange(from: string | null, to: string | null): TimeRange | null {
  const a = from ? parsePartialDate(from.trim()) : null;
  const b = to ? parsePartialDate(to.trim()) : null;
  if (!a || !b || a.start >= b.start) return null;
  return { from: a.start, to: b.start };
}

function parseCategories(value: string | null, known: readonly string[]): string[] | null {
  if (value === null) return null;
  const wanted = new Set(value.split(',').map((s) => s.trim()));
  const kept = known.filter((c) => wanted.has(c));
  // "cat=" with nothing known in it would hide everything by accident; show all instead.
  return kept.length === 0 || kept.length === known.length ? null : kept;
}

function parseEvent(value: string | null, known: ReadonlySet<string>): string | null {
  return value !== null && known.has(value) ? value : null;
}

/**
 * Writes view parameters into a query string, keeping any other parameters of `base` (later modes
 * add their own). Defaults are omitted so the plain site has a plain URL.
 */
export function serializeViewParams(params: ViewParams, base = ''): string {
  const q = new URLSearchParams(base);
  for (const key of ['from', 'to', 'cat', 'event']) q.delete(key);
  if (params.range) {
    q.set('from', toIsoDay(params.range.from));
    q.set('to', toIsoDay(Math.max(params.range.to, params.range.from + 86_400_000)));
  }
  if (params.categories) q.set('cat', params.categories.join(','));
  if (params.event) q.set('event', params.event);
  const s = q.toString().replaceAll('%2C', ',');
  return s ? `?${s}` : '';
}
