import type { Actor, Category } from '../schema.ts';
import { validateDataset, type Dataset } from '../validateDataset.ts';
import { isRecord, type ValidationError } from '../validationError.ts';
import type { Format } from './detectFormat.ts';

/** A named period drawn behind the events (a TimelineJS era), between two ISO partial dates. */
export interface Era {
  label: string;
  start: string;
  end: string;
}

export interface ImportOptions {
  /** The name of the file the text came from; a hint for telling JSON from CSV. */
  fileName?: string;
  /** Categories for native files that bring none (the curated ones). */
  fallbackCategories?: Category[];
  /** Actors for native files that bring none (the curated ones). */
  fallbackActors?: Actor[];
}

export type ImportResult =
  | {
      ok: true;
      dataset: Dataset;
      /** Rows or records left out, and why. */ skipped: ValidationError[];
      format: Format;
      title?: string;
      /** The file's own description of itself, shown in place of the site's introduction. */
      description?: string;
      eras: Era[];
    }
  | { ok: false; errors: ValidationError[]; format?: Format };

/** What a converter made of a file: raw records for the validator, and the problems it found on the way. */
export interface Conversion {
  format: Format;
  /** Events in our format but not yet checked. */
  events: unknown[];
  /** How the reader knows each event ("row 7"), parallel to `events`; omitted: by id or "#N", as the validator does. */
  names?: string[];
  categories: unknown;
  actors: unknown;
  /** Problems found while converting: records left out, or parts of records (an http link) left out. */
  errors: ValidationError[];
  title?: string;
  description?: string;
  eras?: Era[];
  /** The reader's name for one of our fields ("start" -> "Year"), so messages point at their columns. */
  column?: (field: string) => string;
}

/**
 * Runs a conversion through the same checks as the curated data, in lenient mode: valid events
 * are kept, the others reported by the reader's row or id and column, together with the
 * problems the converter found.
 */
export function validateImport(conversion: Conversion): ImportResult {
  const { format, events, errors } = conversion;
  if (events.length === 0) {
    const message = errors.length
      ? 'no valid events to show; fix the problems above'
      : 'there are no events in this file';
    return {
      ok: false,
      format,
      errors: [...errors, { file: 'events', record: 'file', field: 'events', message }],
    };
  }
  const result = validateDataset(
    {
      events: { events },
      categories: { categories: conversion.categories },
      actors: { actors: conversion.actors },
    },
    { lenient: true },
  );
  const rename = renamer(conversion);
  if (!result.ok) return { ok: false, format, errors: [...errors, ...result.errors.map(rename)] };
  return {
    ok: true,
    format,
    dataset: result.dataset,
    skipped: [...errors, ...result.skipped.map(rename)],
    title: conversion.title,
    description: conversion.description,
    eras: conversion.eras ?? [],
  };
}

/** Renames the validator's records (event id or "#N") and fields to the reader's rows and columns. */
function renamer({
  events,
  names,
  column = (field) => field,
}: Conversion): (error: ValidationError) => ValidationError {
  const byId = new Map<string, string[]>();
  events.forEach((event, i) => {
    const id = isRecord(event) && typeof event.id === 'string' ? event.id : '';
    if (!names || !id) return;
    const rows = byId.get(id) ?? [];
    rows.push(names[i] ?? id);
    byId.set(id, rows);
  });
  return (error) => {
    if (error.file !== 'events' || error.record === 'file') return error;
    const position = /^#(\d+)$/.exec(error.record);
    const named =
      byId.get(error.record)?.join(' and ') ?? (position && names?.[Number(position[1]) - 1]);
    return { ...error, record: named || error.record, field: column(error.field) };
  };
}
