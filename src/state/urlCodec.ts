import { parsePartialDate, toIsoDay } from '../data/partialDate.ts';
import { CONFIDENCE, SLUG, type Confidence } from '../data/vocabulary.ts';
import { NO_FILTERS, type FilterCriteria } from '../layout/eventFilter.ts';
import type { TimeRange } from '../layout/timeRange.ts';
import { DAY } from '../data/day.ts';
import {
  formatComparePeriods,
  parseComparePeriods,
  type ComparePeriods,
} from '../data/comparePeriodsText.ts';

/** How the events are shown: the chart or the table. */
export type Presentation = 'timeline' | 'list';

/** The parts of the view that live in the URL. Dates, never pixels or zoom factors. */
export interface ViewParams {
  /** The visible window, or null for "the whole dataset". */
  range: TimeRange | null;
  /** Visible categories, or null when all are visible. */
  categories: string[] | null;
  /** The selected event's id, or null. */
  event: string | null;
  filters: FilterCriteria;
  /** The chart or the list; null for the default (which depends on the screen). */
  show: Presentation | null;
  /** Whether the money chart is shown. */
  money: boolean;
  /** Whether the eras are drawn (on by default; `eras=0` hides them). */
  eras: boolean;
  /** Two windows compared side by side, or null. */
  compare: ComparePeriods | null;
  /** Presentation mode, the story being presented (if any) and the step (from 1). */
  present: boolean;
  /** Presenting only the landmarks and major events (`present=landmarks`). */
  landmarks: boolean;
  story: string | null;
  step: number | null;
}

/** What the codec needs to know to accept a value: the ids that exist. */
export interface CodecContext {
  categoryIds: readonly string[];
  /** The ids of the dataset's events (a set, or the events by id). */
  eventIds: Pick<ReadonlySet<string>, 'has'>;
  actorIds: ReadonlySet<string>;
  countryCodes: Pick<ReadonlySet<string>, 'has'>;
}

const OWN_KEYS = [
  'from',
  'to',
  'cat',
  'event',
  'q',
  'actor',
  'country',
  'confidence',
  'min',
  'show',
  'money',
  'eras',
  'compare',
  'present',
  'story',
  'step',
];
/** The longest search text a link carries; servers refuse URLs of 100 KB and more. */
export const MAX_QUERY = 200;

/**
 * Reads view parameters from a query string. Never throws: each bad or unknown value falls back
 * to its default on its own (a bad `to` loses the range, an unknown category is dropped, an
 * unknown event is ignored), so a mangled link still opens a working timeline.
 */
export function parseViewParams(search: string, ctx: CodecContext): ViewParams {
  const q = new URLSearchParams(search);
  const list = (key: string) =>
    (q.get(key) ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const known = <T extends string>(key: string, ok: (v: string) => boolean) =>
    [...new Set(list(key))].filter(ok) as T[];
  const min = Number(q.get('min'));
  const show = q.get('show');
  return {
    range: parseRange(q.get('from'), q.get('to')),
    categories: parseCategories(q.get('cat'), ctx.categoryIds),
    event: parseEvent(q.get('event'), ctx.eventIds),
    filters: {
      query: capQuery(q.get('q') ?? ''),
      actors: known('actor', (a) => ctx.actorIds.has(a)),
      // Upper-cased before duplicates are dropped, so "KP,kp" is one country.
      countries: [...new Set(list('country').map((c) => c.toUpperCase()))].filter((c) =>
        ctx.countryCodes.has(c),
      ),
      confidence: known<Confidence>('confidence', (c) =>
        (CONFIDENCE as readonly string[]).includes(c),
      ),
      minAmount: q.has('min') && Number.isFinite(min) && min > 0 ? min : NO_FILTERS.minAmount,
    },
    show: show === 'list' || show === 'timeline' ? show : null,
    money: q.get('money') === '1',
    eras: q.get('eras') !== '0',
    compare: parseComparePeriods(q.get('compare')),
    present: q.get('present') === '1' || q.get('present') === 'landmarks',
    landmarks: q.get('present') === 'landmarks' && !q.get('story'),
    story: SLUG.test(q.get('story') ?? '') ? q.get('story') : null,
    // Only plain digits; the presentation clamps it to the steps it has.
    step:
      /^\d{1,4}$/.test(q.get('step') ?? '') && Number(q.get('step')) > 0
        ? Number(q.get('step'))
        : null,
  };
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

function parseEvent(value: string | null, known: Pick<ReadonlySet<string>, 'has'>): string | null {
  return value !== null && known.has(value) ? value : null;
}

/**
 * Writes view parameters into a query string, keeping any other parameters of `base` (later modes
 * add their own). Defaults are omitted so the plain site has a plain URL.
 */
export function serializeViewParams(params: ViewParams, base = ''): string {
  const q = new URLSearchParams(base);
  for (const key of OWN_KEYS) q.delete(key);
  const { range, categories, event, filters: f } = params;
  if (range) {
    q.set('from', toIsoDay(range.from));
    q.set('to', toIsoDay(Math.max(range.to, range.from + DAY)));
  }
  if (categories) q.set('cat', categories.join(','));
  if (event) q.set('event', event);
  const query = capQuery(f.query.trim());
  if (query) q.set('q', query);
  if (f.actors.length) q.set('actor', f.actors.join(','));
  if (f.countries.length) q.set('country', f.countries.join(','));
  if (f.confidence.length) q.set('confidence', f.confidence.join(','));
  if (f.minAmount !== null) q.set('min', String(f.minAmount));
  if (params.show) q.set('show', params.show);
  if (params.money) q.set('money', '1');
  if (!params.eras) q.set('eras', '0');
  if (params.compare) q.set('compare', formatComparePeriods(params.compare));
  if (params.present) q.set('present', params.landmarks ? 'landmarks' : '1');
  if (params.story) q.set('story', params.story);
  if (params.step !== null && (params.present || params.story)) q.set('step', String(params.step));
  // Commas and slashes are legal in a query and easier to read and to type unescaped.
  const s = q.toString().replaceAll('%2C', ',').replaceAll('%2F', '/');
  return s ? `?${s}` : '';
}

/** At most MAX_QUERY characters, without cutting a character written as two UTF-16 units in half. */
function capQuery(text: string): string {
  const cut = text.slice(0, MAX_QUERY);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
