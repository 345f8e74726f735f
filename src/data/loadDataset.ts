import { validateDataset, type DatasetResult } from './validateDataset.ts';
import type { ValidationError } from './validationError.ts';

type Fetch = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'text'>>;

const FILES = ['events', 'categories', 'actors'] as const;

/**
 * Fetches and validates the curated dataset from `base` (a folder URL ending in "/").
 * Network failures and malformed JSON come back as errors, like validation problems.
 */
export async function loadDataset(base: string, fetchFn: Fetch = (u) => fetch(u)): Promise<DatasetResult> {
  const texts = await Promise.all(FILES.map((name) => fetchJson(fetchFn, `${base}${name}.json`, name)));
  const errors = texts.flatMap((t) => ('error' in t ? [t.error] : []));
  if (errors.length) return { ok: false, errors };
  const [events, categories, actors] = texts.map((t) => ('value' in t ? t.value : undefined));
  return validateDataset({ events, categories, actors });
}

async function fetchJson(fetchFn: Fetch, url: string, file: string): Promise<{ value: unknown } | { error: ValidationError }> {
  const fail = (message: string) => ({ error: { file, record: 'file', field: '', message } });
  let text: string;
  try {
    const response = await fetchFn(url);
    if (!response.ok) return fail(`could not be loaded from ${url} (HTTP ${response.status})`);
    text = await response.text();
  } catch {
    return fail(`could not be loaded from ${url}: the network request failed`);
  }
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (e) {
    return fail(`is not valid JSON (${(e as Error).message})`);
  }
}
