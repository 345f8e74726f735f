import * as v from 'valibot';
import { ActorsFileSchema, CategoriesFileSchema, EventsFileSchema, type Actor, type Category } from './schema.ts';
import { toTimelineEvent, type TimelineEvent } from './timelineEvent.ts';
import { inverseOf } from './relationsOf.ts';
import { issuesToErrors, type ValidationError } from './validationError.ts';

/** A dataset that passed validation: events sorted by time, with their categories and actors. */
export interface Dataset {
  events: TimelineEvent[];
  categories: Category[];
  actors: Actor[];
}

/** The three files of a dataset, as parsed JSON of unknown shape. */
export interface RawDataset {
  events: unknown;
  categories: unknown;
  actors: unknown;
}

export type DatasetResult = { ok: true; dataset: Dataset } | { ok: false; errors: ValidationError[] };

/**
 * Validates a whole dataset: the shape of each file, then what no single record can check on its
 * own (unique ids, known categories and actors, related ids that exist, ends after starts).
 * Never throws on bad input; every problem comes back as a ValidationError.
 */
export function validateDataset(raw: RawDataset): DatasetResult {
  const events = v.safeParse(EventsFileSchema, raw.events);
  const categories = v.safeParse(CategoriesFileSchema, raw.categories);
  const actors = v.safeParse(ActorsFileSchema, raw.actors);
  const errors: ValidationError[] = [
    ...(events.success ? [] : issuesToErrors('events', 'events', raw.events, events.issues)),
    ...(categories.success ? [] : issuesToErrors('categories', 'categories', raw.categories, categories.issues)),
    ...(actors.success ? [] : issuesToErrors('actors', 'actors', raw.actors, actors.issues)),
  ];
  if (!events.success || !categories.success || !actors.success) return { ok: false, errors };

  const list = events.output.events.map(toTimelineEvent);
  errors.push(
    ...duplicates('categories', categories.output.categories.map((c) => c.id)),
    ...duplicates('actors', actors.output.actors.map((a) => a.id)),
    ...checkEvents(list, new Set(categories.output.categories.map((c) => c.id)), new Set(actors.output.actors.map((a) => a.id))),
  );
  if (errors.length) return { ok: false, errors };
  list.sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1 || a.id.localeCompare(b.id));
  return { ok: true, dataset: { events: list, categories: categories.output.categories, actors: actors.output.actors } };
}

function duplicates(file: string, ids: string[]): ValidationError[] {
  const seen = new Set<string>();
  return ids.flatMap((id) => {
    if (!seen.has(id)) return (seen.add(id), []);
    return [{ file, record: id, field: 'id', message: `duplicate id "${id}": ids must be unique` }];
  });
}

function checkEvents(events: TimelineEvent[], categoryIds: Set<string>, actorIds: Set<string>): ValidationError[] {
  const ids = new Set(events.map((e) => e.id));
  const links = new Map(events.flatMap((e) => (e.related ?? []).map((r) => [`${e.id}>${r.id}`, r.type] as const)));
  const titleDates = new Set<string>();
  const errors = duplicates('events', events.map((e) => e.id));
  const err = (e: TimelineEvent, field: string, message: string) => errors.push({ file: 'events', record: e.id, field, message });
  for (const e of events) {
    if (e.endDate && e.endDate.end < e.startDate.end) err(e, 'end', `must not be before start (${e.start})`);
    if (!categoryIds.has(e.category)) err(e, 'category', `unknown category "${e.category}"; known: ${[...categoryIds].join(', ')}`);
    e.actors.forEach((a, i) => actorIds.has(a) || err(e, `actors[${i}]`, `unknown actor "${a}"; add it to actors.json or fix the id`));
    e.related?.forEach((r, i) => {
      if (!ids.has(r.id)) err(e, `related[${i}].id`, `no event has the id "${r.id}"`);
      else if (r.id === e.id) err(e, `related[${i}].id`, 'an event cannot be related to itself');
      // A link stated from both ends must read the same both ways (charged-in on one, charges-for on the other).
      const back = links.get(`${r.id}>${e.id}`);
      if (back && back !== inverseOf(r.type)) {
        err(e, `related[${i}].type`, `"${r.type}" conflicts with "${back}" stated on "${r.id}"; use "${inverseOf(back)}" or state the link on one event only`);
      }
    });
    const key = `${e.title.toLowerCase()}|${e.start}`;
    if (titleDates.has(key)) err(e, 'title', `another event has the same title and date (${e.start})`);
    titleDates.add(key);
  }
  return errors;
}
