import * as v from 'valibot';
import { ActorsFileSchema, CategoriesFileSchema } from './schema.ts';
import { importDataset, MAX_CHARACTERS } from './import/importDataset.ts';
import type { ImportResult } from './import/validateImport.ts';

type Fetch = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'text' | 'headers'>>;

const fail = (file: string, message: string): ImportResult => ({ ok: false, errors: [{ file, record: 'file', field: '', message }] });

/**
 * Loads a reader's dataset from a URL (`?data=`) in any supported format. The curated categories
 * and actors (from `curatedBase`) are the defaults for native files that bring none. Refuses files
 * that announce themselves as too large before reading them. Never throws.
 */
export async function loadCustomDataset(url: string, curatedBase: string, fetchFn: Fetch = (u) => fetch(u)): Promise<ImportResult> {
  const name = url.split(/[?#]/)[0]!.split('/').pop() || 'data';
  let text: string;
  try {
    const response = await fetchFn(url);
    if (!response.ok) return fail(name, `could not be loaded from ${url} (HTTP ${response.status}). Check the address, and that the server allows other sites to read it (CORS).`);
    const length = Number(response.headers.get('content-length'));
    if (length > MAX_CHARACTERS * 4) return fail(name, `is too large to load (${Math.round(length / 1e6)} MB). Split it into smaller files.`);
    text = await response.text();
  } catch {
    return fail(name, `could not be loaded from ${url}: the request failed. Check the address, and that the server allows other sites to read it (CORS).`);
  }
  return importText(text, name, curatedBase, fetchFn);
}

/** Imports a file the reader opened or dropped; it never leaves the browser. */
export async function loadDatasetFile(file: File, curatedBase: string, fetchFn: Fetch = (u) => fetch(u)): Promise<ImportResult> {
  if (file.size > MAX_CHARACTERS * 4) return fail(file.name, `is too large to open (${Math.round(file.size / 1e6)} MB). Split it into smaller files.`);
  return importText(await file.text(), file.name, curatedBase, fetchFn);
}

async function importText(text: string, fileName: string, curatedBase: string, fetchFn: Fetch): Promise<ImportResult> {
  const [categories, actors] = await Promise.all([
    fetchDefaults(fetchFn, `${curatedBase}categories.json`, CategoriesFileSchema),
    fetchDefaults(fetchFn, `${curatedBase}actors.json`, ActorsFileSchema),
  ]);
  return importDataset(text, {
    fileName,
    fallbackCategories: categories && 'categories' in categories ? categories.categories : undefined,
    fallbackActors: actors && 'actors' in actors ? actors.actors : undefined,
  });
}

/** The curated defaults, or undefined if they cannot be had (the importer then makes its own categories). */
async function fetchDefaults<S extends v.GenericSchema>(fetchFn: Fetch, url: string, schema: S): Promise<v.InferOutput<S> | undefined> {
  try {
    const response = await fetchFn(url);
    if (!response.ok) return undefined;
    const parsed = v.safeParse(schema, JSON.parse(await response.text()));
    return parsed.success ? parsed.output : undefined;
  } catch {
    return undefined;
  }
}
