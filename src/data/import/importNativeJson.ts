import * as v from 'valibot';
import { ActorSchema, CategorySchema, type Actor, type Category } from '../schema.ts';
import { truncateText } from '../truncateText.ts';
import { isRecord, issuesToErrors, type ValidationError } from '../validationError.ts';
import { ownEvents } from './ownEvents.ts';
import { MAX_TITLE } from './slideToEvent.ts';
import { validateImport, type ImportOptions, type ImportResult } from './validateImport.ts';

const MAX_DESCRIPTION = 800;

/**
 * Reads a file in this timeline's JSON format (already parsed): { events, categories?, actors?,
 * eras?, title?, description? }, leniently (see ownEvents): only a title and a start are required of an
 * event. A file without categories uses the fallback ones, and one without actors the fallback
 * actors; a category no list has becomes a new one.
 */
export function importNativeJson(
  json: Record<string, unknown>,
  options: ImportOptions = {},
): ImportResult {
  const items = Array.isArray(json.events) ? (json.events as unknown[]) : [];
  const errors: ValidationError[] = [];
  const own = Array.isArray(json.categories)
    ? validOnly(CategorySchema, 'categories', json.categories, errors)
    : null;
  const actors = Array.isArray(json.actors)
    ? validOnly(ActorSchema, 'actors', json.actors, errors)
    : (options.fallbackActors ?? []);
  // Events are named by their id, or their position when they have none or share it.
  const idOf = (item: unknown) => {
    const id = isRecord(item) && typeof item.id === 'string' ? item.id.trim() : '';
    return id;
  };
  const uses = new Map<string, number>();
  for (const item of items) uses.set(idOf(item), (uses.get(idOf(item)) ?? 0) + 1);
  const read = ownEvents(
    items,
    (i) => {
      const id = idOf(items[i]);
      return !id ? `#${i + 1}` : uses.get(id) === 1 ? id : `${id} (#${i + 1})`;
    },
    own?.length ? own : (options.fallbackCategories ?? []),
    errors,
    Boolean(own?.length),
    options.onProgress,
  );
  return validateImport({
    format: 'native-json',
    events: read.events,
    names: read.names,
    records: items.length,
    categories: read.categories,
    actors,
    errors,
    title: line(json.title, MAX_TITLE),
    description: line(json.description, MAX_DESCRIPTION),
    // Checked like the curated eras.json, leniently: a bad era is reported and left out.
    eras: Array.isArray(json.eras) ? (json.eras as unknown[]) : undefined,
    onProgress: options.onProgress,
  });
}

function line(value: unknown, max: number): string | undefined {
  return typeof value === 'string' && value.trim() ? truncateText(value.trim(), max) : undefined;
}

/** The records of a list that pass the schema; the others are reported as left out. */
function validOnly<T extends Category | Actor>(
  schema: v.GenericSchema<unknown, T>,
  file: 'categories' | 'actors',
  list: unknown[],
  errors: ValidationError[],
): T[] {
  return list.flatMap((item) => {
    const result = v.safeParse(schema, item);
    if (result.success) return [result.output];
    errors.push(...issuesToErrors(file, file, { [file]: [item] }, result.issues));
    return [];
  });
}
