import { categoriesForEvents } from './generateCategories.ts';
import { MAX_TITLE } from './slideToEvent.ts';
import { truncateText } from '../truncateText.ts';
import { validateImport, type ImportOptions, type ImportResult } from './validateImport.ts';

/**
 * Reads a file in this timeline's JSON format (already parsed): { events, categories?, actors?,
 * title? }. A file without categories uses the fallback ones plus a generated category for each
 * unknown id its events use; one without actors uses the fallback actors. A file that brings its
 * own categories gets none generated, so a misspelt category is reported rather than invented.
 */
export function importNativeJson(
  json: Record<string, unknown>,
  options: ImportOptions = {},
): ImportResult {
  const events = Array.isArray(json.events) ? (json.events as unknown[]) : [];
  const title = typeof json.title === 'string' ? truncateText(json.title.trim(), MAX_TITLE) : '';
  return validateImport({
    format: 'native-json',
    events,
    categories: json.categories ?? categoriesForEvents(events, options.fallbackCategories ?? []),
    actors: json.actors ?? options.fallbackActors ?? [],
    errors: [],
    title: title || undefined,
  });
}
