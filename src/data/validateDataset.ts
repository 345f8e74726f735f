import * as v from 'valibot';
import {
  ActorsFileSchema,
  CategoriesFileSchema,
  EventSchema,
  EventsFileSchema,
  type Actor,
  type Category,
  type Source,
} from './schema.ts';
import { byTime, toTimelineEvent, type TimelineEvent } from './timelineEvent.ts';
import { inverseOf } from './relationsOf.ts';
import type { TimelineEra } from './timelineEra.ts';
import { validateEras } from './validateEras.ts';
import { rowTicker, type OnRowProgress } from './import/rowProgress.ts';
import { isRecord, issuesToErrors, type ValidationError } from './validationError.ts';

/** A dataset that passed validation: events sorted by time, with their categories and actors. */
export interface Dataset {
  events: TimelineEvent[];
  categories: Category[];
  actors: Actor[];
  /** Context periods drawn as bands behind the lanes, in time order; absent when the data has none. */
  eras?: TimelineEra[];
}

/** The three files of a dataset, as parsed JSON of unknown shape. */
export interface RawDataset {
  events: unknown;
  categories: unknown;
  actors: unknown;
  /** An eras file ({ "eras": [...] }), if the dataset has one. */
  eras?: unknown;
}

export type DatasetResult =
  | {
      ok: true;
      dataset: Dataset;
      /** Problems with records that were left out (lenient mode only). */ skipped: ValidationError[];
    }
  | { ok: false; errors: ValidationError[] };

export interface ValidateOptions {
  /**
   * Strict (the default, for the curated data): any problem fails the whole dataset, and every
   * event needs sources, a confidence and a shortTitle. Lenient (for readers' own data): events
   * with problems are left out and reported, the rest are shown; those three are optional.
   */
  lenient?: boolean;
  /** Hears how far checking the events has got (lenient mode, for readers' large files). */
  onProgress?: OnRowProgress;
}

/**
 * Validates a whole dataset: the shape of each file, then what no single record can check on its
 * own (unique ids, known categories and actors, related ids that exist, ends after starts).
 * Never throws on bad input; every problem comes back as a ValidationError.
 */
export function validateDataset(
  raw: RawDataset,
  { lenient = false, onProgress }: ValidateOptions = {},
): DatasetResult {
  const categories = v.safeParse(CategoriesFileSchema, raw.categories);
  const actors = v.safeParse(ActorsFileSchema, raw.actors);
  const parsed = lenient
    ? parseEventsLeniently(raw.events, onProgress)
    : parseEventsStrictly(raw.events);
  const eras = raw.eras === undefined ? null : validateEras(raw.eras, { lenient });
  const errors: ValidationError[] = [
    ...parsed.errors,
    ...(eras?.errors ?? []),
    ...(categories.success
      ? []
      : issuesToErrors('categories', 'categories', raw.categories, categories.issues)),
    ...(actors.success ? [] : issuesToErrors('actors', 'actors', raw.actors, actors.issues)),
  ];
  if (!parsed.events || !categories.success || !actors.success || (!lenient && errors.length))
    return { ok: false, errors };

  const setup = [
    ...(lenient ? [] : actorSourcesMissing(actors.output.actors)),
    ...duplicates(
      'categories',
      categories.output.categories.map((c) => c.id),
    ),
    ...duplicates(
      'actors',
      actors.output.actors.map((a) => a.id),
    ),
  ];
  const checked = checkEvents(parsed.events.map(toTimelineEvent), {
    categoryIds: new Set(categories.output.categories.map((c) => c.id)),
    actorIds: new Set(actors.output.actors.map((a) => a.id)),
    lenient,
    positions: parsed.positions,
  });
  // concat, not push(...): a large file can have more errors than a call can take arguments.
  const all = errors.concat(setup, checked.errors);
  if (setup.length || (!lenient && all.length)) return { ok: false, errors: all };
  if (checked.events.length === 0) {
    return {
      ok: false,
      errors: all.concat({
        file: 'events',
        record: 'file',
        field: 'events',
        message: 'no valid events to show',
      }),
    };
  }
  const list = checked.events.sort(byTime);
  return {
    ok: true,
    dataset: {
      events: list,
      categories: categories.output.categories,
      actors: actors.output.actors,
      ...(eras ? { eras: eras.eras } : {}),
    },
    skipped: all,
  };
}

type ParsedEvents = {
  events: v.InferOutput<typeof EventSchema>[] | null;
  /** Each parsed event's position in the input list, when some were left out (lenient mode). */
  positions?: number[];
  errors: ValidationError[];
};

function parseEventsStrictly(input: unknown): ParsedEvents {
  const result = v.safeParse(EventsFileSchema, input);
  return result.success
    ? { events: result.output.events, errors: [] }
    : { events: null, errors: issuesToErrors('events', 'events', input, result.issues) };
}

/** Checks each event on its own, keeping the valid ones; only a file without an events list fails. */
function parseEventsLeniently(input: unknown, onProgress?: OnRowProgress): ParsedEvents {
  if (!isRecord(input) || !Array.isArray(input.events)) {
    return {
      events: null,
      errors: [
        {
          file: 'events',
          record: 'file',
          field: 'events',
          message: 'must be a list of events: { "events": [ ... ] }',
        },
      ],
    };
  }
  const list = input.events as unknown[];
  const events: ParsedEvents['events'] & object = [];
  const positions: number[] = [];
  const errors: ValidationError[] = [];
  const tick = rowTicker('check', list.length, onProgress);
  list.forEach((item, i) => {
    tick(i);
    const result = v.safeParse(EventSchema, item);
    if (result.success) {
      events.push(result.output);
      positions.push(i);
      return;
    }
    const found = issuesToErrors(
      'events',
      'events',
      input,
      result.issues.map((issue) => ({
        ...issue,
        path: [{ key: 'events' }, { key: i }, ...(issue.path ?? [])] as never,
      })),
    );
    for (const error of found) errors.push({ ...error, position: i });
  });
  return { events, positions, errors };
}

/** The curated actors' sources need a publisher and a date, as events' sources do. */
function actorSourcesMissing(actors: readonly Actor[]): ValidationError[] {
  return actors.flatMap((a) =>
    a.sources.flatMap((s, i) =>
      (['publisher', 'date'] as const)
        .filter((key) => !s[key])
        .map((key) => ({
          file: 'actors',
          record: a.id,
          field: `sources[${i}].${key}`,
          message: 'is required but missing',
        })),
    ),
  );
}

function duplicates(file: string, ids: string[]): ValidationError[] {
  const seen = new Set<string>();
  return ids.flatMap((id) => {
    if (!seen.has(id)) return (seen.add(id), []);
    return [{ file, record: id, field: 'id', message: `duplicate id "${id}": ids must be unique` }];
  });
}

interface CheckContext {
  categoryIds: Set<string>;
  actorIds: Set<string>;
  lenient: boolean;
  /** Each event's position in the file, for the errors; omitted: its place in `all`. */
  positions?: readonly number[];
}

/**
 * The checks across records. In lenient mode an event with a fatal problem (duplicate id, unknown
 * category, end before start) is left out, and a bad link or actor is dropped from its event.
 */
function checkEvents(
  all: TimelineEvent[],
  { categoryIds, actorIds, lenient, positions }: CheckContext,
): { events: TimelineEvent[]; errors: ValidationError[] } {
  // Plain loops and no per-event closures or arrays: this runs once per row of a reader's file.
  const errors: ValidationError[] = [];
  // Where each event is, by the event itself: the second loop runs over the events kept.
  const at = new Map<TimelineEvent, number>();
  all.forEach((e, i) => at.set(e, positions?.[i] ?? i));
  const err = (e: TimelineEvent, field: string, message: string) =>
    errors.push({ file: 'events', record: e.id, field, message, position: at.get(e) });
  // A problem the event is shown with, in lenient mode: a link or an actor left out of it.
  const warn = (e: TimelineEvent, field: string, message: string) => {
    err(e, field, message);
    if (lenient) errors[errors.length - 1]!.shown = true;
  };
  const curatedSource = (s: Source, field: string, e: TimelineEvent) => {
    if (!s.publisher) err(e, `${field}.publisher`, 'is required but missing');
    if (!s.date) err(e, `${field}.date`, 'is required but missing');
  };
  const seen = new Set<string>();
  // Titles (lower case) by start date: cheaper than a set of title|date strings, built 100,000 times.
  const titlesOn = new Map<string, Set<string>>();
  const kept: TimelineEvent[] = [];
  for (const e of all) {
    const before = errors.length;
    if (seen.has(e.id)) err(e, 'id', `duplicate id "${e.id}": ids must be unique`);
    // Against the start's first day: "2018-05" to "2018-05-01" is a span that starts and ends in May.
    if (e.endDate && e.endDate.end <= e.startDate.start)
      err(e, 'end', `must not be before start (${e.start})`);
    if (!categoryIds.has(e.category))
      err(e, 'category', `unknown category "${e.category}"; known: ${[...categoryIds].join(', ')}`);
    if (!lenient && e.sources.length === 0) err(e, 'sources', 'needs at least one source');
    if (!lenient && !e.confidence) err(e, 'confidence', 'is required but missing');
    if (!lenient) {
      if (!e.summary) err(e, 'summary', 'is required but missing');
      for (let i = 0; i < e.sources.length; i++) curatedSource(e.sources[i]!, `sources[${i}]`, e);
      if (e.quote) curatedSource(e.quote.source, 'quote.source', e);
    }
    if (!lenient && !e.shortTitle) err(e, 'shortTitle', 'is required but missing');
    const title = e.title.toLowerCase();
    let titles = titlesOn.get(e.start);
    if (!titles) titlesOn.set(e.start, (titles = new Set()));
    const repeated = titles.has(title);
    if (repeated && !lenient)
      err(e, 'title', `another event has the same title and date (${e.start})`);
    const fatal = errors.length > before;
    // TimelineJS shows two slides with one headline and date (a test file's "Test" five times),
    // so a reader's file does too, with a warning; the curated data must not repeat itself.
    if (repeated && lenient && !fatal)
      warn(
        e,
        'title',
        `another event has the same title and date (${e.start}); both are shown: if they are one event, remove one`,
      );
    seen.add(e.id);
    titles.add(title);
    let known = true;
    for (let i = 0; i < e.actors.length; i++) {
      if (actorIds.has(e.actors[i]!)) continue;
      known = false;
      (fatal ? err : warn)(
        e,
        `actors[${i}]`,
        `unknown actor "${e.actors[i]}"; add it to actors.json or fix the id`,
      );
    }
    // Copied only when an actor has to go: copying every event would cost seconds on 100,000 rows.
    if (!fatal || !lenient) {
      const event =
        known || !lenient ? e : { ...e, actors: e.actors.filter((a) => actorIds.has(a)) };
      if (event !== e) at.set(event, at.get(e)!);
      kept.push(event);
    }
  }
  // The ids of the events kept: those seen, unless some were left out.
  const ids = kept.length === all.length ? seen : new Set(kept.map((e) => e.id));
  const links = new Map<string, NonNullable<TimelineEvent['related']>[number]['type']>();
  for (const e of kept)
    if (e.related) for (const r of e.related) links.set(`${e.id}>${r.id}`, r.type);
  for (const e of kept) {
    if (!e.related) continue;
    e.related.forEach((r, i) => {
      if (!ids.has(r.id)) warn(e, `related[${i}].id`, `no event has the id "${r.id}"`);
      else if (r.id === e.id) warn(e, `related[${i}].id`, 'an event cannot be related to itself');
      // A link stated from both ends must read the same both ways (charged-in on one, charges-for on the other).
      const back = links.get(`${r.id}>${e.id}`);
      if (back && back !== inverseOf(r.type)) {
        warn(
          e,
          `related[${i}].type`,
          `"${r.type}" conflicts with "${back}" stated on "${r.id}"; use "${inverseOf(back)}" or state the link on one event only`,
        );
      }
    });
    if (lenient) e.related = e.related.filter((r) => ids.has(r.id) && r.id !== e.id);
  }
  return { events: kept, errors };
}
