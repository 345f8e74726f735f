import type { DatasetResult } from './validateDataset.ts';
import type { Actor, Category, EraRecord, EventRecord } from './schema.ts';
import { byTime, toTimelineEvent } from './timelineEvent.ts';
import { isRecord, type ValidationError } from './validationError.ts';
import { toTimelineEra } from './timelineEra.ts';

type Fetch = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'text'>>;

const FILES = ['events', 'categories', 'actors'] as const;

/**
 * Fetches the curated dataset from `base` (a folder URL ending in "/"). It was validated when the
 * site was built (a build with a bad event fails) and by the tests, so the page only checks that
 * the files have the expected lists and prepares the events: the validator is not loaded for it.
 * With `validate` (the dev server, where the data is being edited) it checks everything and
 * reports what is wrong. Network failures and malformed JSON come back as errors.
 */
export async function loadDataset(
  base: string,
  fetchFn: Fetch = (u) => fetch(u),
  { validate = false } = {},
): Promise<DatasetResult> {
  const [texts, erasFile] = await Promise.all([
    Promise.all(FILES.map((name) => fetchJson(fetchFn, `${base}${name}.json`, name))),
    fetchJson(fetchFn, `${base}eras.json`, 'eras', { optional: true }),
  ]);
  if ('error' in erasFile) return { ok: false, errors: [erasFile.error] };
  // Absent (a site without eras.json) means no eras, not an error.
  const rawEras = erasFile.value;
  const errors = texts.flatMap((t) => ('error' in t ? [t.error] : []));
  if (errors.length) return { ok: false, errors };
  const [events, categories, actors] = texts.map((t) => ('value' in t ? t.value : undefined));
  const list = (file: unknown, key: string) =>
    isRecord(file) && Array.isArray(file[key]) ? (file[key] as unknown[]) : null;
  const e = list(events, 'events');
  const c = list(categories, 'categories');
  const a = list(actors, 'actors');
  if (!e || !c || !a) {
    const missing = [!e && 'events', !c && 'categories', !a && 'actors'].filter(
      Boolean,
    ) as string[];
    return {
      ok: false,
      errors: missing.map((file) => ({
        file,
        record: 'file',
        field: file,
        message: `has no "${file}" list`,
      })),
    };
  }
  // While the data is being edited (the dev server), check it fully and show what is wrong.
  if (validate)
    return (await import('./validateDataset.ts')).validateDataset({
      events,
      categories,
      actors,
      ...(rawEras === undefined ? {} : { eras: rawEras }),
    });
  const eras = list(rawEras, 'eras');
  return {
    ok: true,
    dataset: {
      events: (e as EventRecord[])
        .map((r) => toTimelineEvent({ ...r, actors: r.actors ?? [], sources: r.sources ?? [] }))
        .sort(byTime),
      categories: c as Category[],
      actors: (a as Actor[]).map((x) => ({ ...x, aliases: x.aliases ?? [] })),
      ...(eras
        ? {
            eras: (eras as EraRecord[])
              .map((r) =>
                toTimelineEra({ ...r, kind: r.kind ?? 'other', sources: r.sources ?? [] }),
              )
              .sort((x, y) => x.t0 - y.t0),
          }
        : {}),
    },
    skipped: [],
  };
}

/** Fetches and parses one file; an `optional` file that is not there (HTTP 404) gives no value. */
async function fetchJson(
  fetchFn: Fetch,
  url: string,
  file: string,
  { optional = false } = {},
): Promise<{ value: unknown } | { error: ValidationError }> {
  const fail = (message: string) => ({ error: { file, record: 'file', field: '', message } });
  let text: string;
  try {
    const response = await fetchFn(url);
    if (optional && response.status === 404) return { value: undefined };
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
