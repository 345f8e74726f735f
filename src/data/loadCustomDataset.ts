import * as v from 'valibot';
import { ActorsFileSchema, CategoriesFileSchema } from './schema.ts';
import { MAX_CHARACTERS, MAX_FILE_BYTES, TOO_MUCH_TEXT } from './import/importLimits.ts';
import { collectResult, type ImportRequest } from './import/importMessages.ts';
import { runImport } from './import/runImport.ts';
import { readBodyEarly, TextTooLarge } from './readBodyEarly.ts';
import { dataName } from './dataName.ts';
import { googleSheetCsvUrls, parseGoogleSheet, UNPUBLISHED_SHEET } from './googleSheetCsv.ts';
import type { ImportOptions, ImportResult } from './import/validateImport.ts';

type Fetch = (url: string) => Promise<Parameters<typeof readBodyEarly>[0]>;

/** Runs an import: importInWorker on the page; by default here, on this thread (as in Node tests). */
export type Importer = (request: ImportRequest) => Promise<ImportResult>;

/** Imports on this thread, through the same messages a worker sends. */
export async function importHere(request: ImportRequest): Promise<ImportResult> {
  const collect = collectResult();
  let result: ImportResult | undefined;
  await runImport(request, (message) => {
    result = collect(message) ?? result;
  });
  // runImport always ends with its result.
  return result!;
}

const fail = (file: string, message: string): ImportResult => ({
  ok: false,
  errors: [{ file, record: 'file', field: '', message }],
});

/**
 * Loads a reader's dataset from a URL (`?data=`) in any supported format, or from a Google Sheets
 * link (its CSV export). The curated categories and actors (from `curatedBase`) are the defaults
 * for native files that bring none. Refuses files that announce themselves as too large before
 * reading them. Never throws.
 */
export async function loadCustomDataset(
  url: string,
  curatedBase: string,
  fetchFn: Fetch = (u) => fetch(u),
  importer: Importer = importHere,
): Promise<ImportResult> {
  // The curated defaults download alongside the file, not after it.
  const defaults = curatedDefaults(curatedBase, fetchFn);
  const name = dataName(url);
  const sheet = parseGoogleSheet(url);
  const read = sheet
    ? await readSheet(googleSheetCsvUrls(sheet), fetchFn)
    : await readUrl(url, fetchFn);
  if (!read.ok) return fail(name, read.message);
  const options = { fileName: sheet ? 'sheet.csv' : name, ...(await defaults) };
  return importer({ source: read.source, options });
}

type Read<S = { text: string } | { bytes: Uint8Array[] }> =
  { ok: true; source: S } | { ok: false; message: string };

/**
 * What is at a URL: its bytes, to be decoded where they are imported (a worker), or its text when
 * `asText` or when the response was not read early; or why it could not be had.
 */
async function readUrl(url: string, fetchFn: Fetch): Promise<Read>;
async function readUrl(url: string, fetchFn: Fetch, asText: true): Promise<Read<{ text: string }>>;
async function readUrl(url: string, fetchFn: Fetch, asText = false): Promise<Read> {
  const failed = (message: string): Read => ({ ok: false, message });
  try {
    const response = await fetchFn(url);
    if (!response.ok)
      return failed(
        `could not be loaded from ${url} (HTTP ${response.status}). Check the address, and that the server allows other sites to read it (CORS).`,
      );
    const length = Number(response.headers.get('content-length'));
    if (length > MAX_FILE_BYTES)
      return failed(
        `is too large to load (${Math.round(length / 1e6)} MB). Split it into smaller files.`,
      );
    // Read as startLoading's responses already are (readBodyEarly leaves those as they are).
    const body = readBodyEarly(response, MAX_CHARACTERS, undefined, !asText);
    return {
      ok: true,
      source: !asText && body.chunks ? { bytes: await body.chunks() } : { text: await body.text() },
    };
  } catch (e) {
    if (e instanceof TextTooLarge) return failed(TOO_MUCH_TEXT);
    return failed(
      `could not be loaded from ${url}: the request failed. Check the address, and that the server allows other sites to read it (CORS).`,
    );
  }
}

/**
 * A Google Sheet's CSV, from the first of its addresses that gives one. A sheet that is not
 * shared or published answers with a sign-in page (an HTML page, or a redirect the browser's
 * cross-origin rules refuse), never with an error status that says so; each counts as not published.
 */
async function readSheet(urls: string[], fetchFn: Fetch): Promise<Read> {
  for (const url of urls) {
    const read = await readUrl(url, fetchFn, true);
    if (read.ok && !/^\s*</.test(read.source.text.slice(0, 100))) return read;
    if (!read.ok && read.message === TOO_MUCH_TEXT) return read;
  }
  return { ok: false, message: UNPUBLISHED_SHEET };
}

/** Imports a file the reader opened or dropped; it never leaves the browser. */
export async function loadDatasetFile(
  file: File,
  curatedBase: string,
  fetchFn: Fetch = (u) => fetch(u),
  importer: Importer = importHere,
): Promise<ImportResult> {
  if (file.size > MAX_FILE_BYTES)
    return fail(
      file.name,
      `is too large to open (${Math.round(file.size / 1e6)} MB). Split it into smaller files.`,
    );
  // Read where it is imported: a worker reads it without stopping the page.
  const options = { fileName: file.name, ...(await curatedDefaults(curatedBase, fetchFn)) };
  return importer({ source: { file }, options });
}

type Defaults = Pick<ImportOptions, 'fallbackCategories' | 'fallbackActors'>;

/** The curated categories and actors, for files that bring none; either is left out if it cannot be had. */
async function curatedDefaults(curatedBase: string, fetchFn: Fetch): Promise<Defaults> {
  const [categories, actors] = await Promise.all([
    fetchDefaults(fetchFn, `${curatedBase}categories.json`, CategoriesFileSchema),
    fetchDefaults(fetchFn, `${curatedBase}actors.json`, ActorsFileSchema),
  ]);
  return { fallbackCategories: categories?.categories, fallbackActors: actors?.actors };
}

/** The curated defaults, or undefined if they cannot be had (the importer then makes its own categories). */
async function fetchDefaults<S extends v.GenericSchema>(
  fetchFn: Fetch,
  url: string,
  schema: S,
): Promise<v.InferOutput<S> | undefined> {
  try {
    const response = await fetchFn(url);
    if (!response.ok) return undefined;
    const parsed = v.safeParse(schema, JSON.parse(await response.text()));
    return parsed.success ? parsed.output : undefined;
  } catch {
    return undefined;
  }
}
