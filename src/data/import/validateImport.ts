import type { Actor, Category } from '../schema.ts';
import { validateDataset, type Dataset } from '../validateDataset.ts';
import { isRecord, type ValidationError } from '../validationError.ts';
import type { Format } from './detectFormat.ts';
import type { OnRowProgress } from './rowProgress.ts';
import { uniqueSlugs } from './slugify.ts';

export interface ImportOptions {
  /** The name of the file the text came from; a hint for telling JSON from CSV. */
  fileName?: string;
  /** Categories for native files that bring none (the curated ones). */
  fallbackCategories?: Category[];
  /** Actors for native files that bring none (the curated ones). */
  fallbackActors?: Actor[];
  /** Hears how far reading and checking the rows has got (a large file takes seconds). */
  onProgress?: OnRowProgress;
}

export type ImportResult =
  | {
      ok: true;
      dataset: Dataset;
      /** Every problem found: with rows left out, and (`shown`) with rows shown with a warning. */
      skipped: ValidationError[];
      /** How many records of the file are not on the timeline. */
      leftOut: number;
      /** How many records are on the timeline with a warning (a link or an actor left out of them). */
      warned: number;
      format: Format;
      title?: string;
      /** The file's own description of itself, shown in place of the site's introduction. */
      description?: string;
    }
  | { ok: false; errors: ValidationError[]; format?: Format };

/** What a converter made of a file: raw records for the validator, and the problems it found on the way. */
export interface Conversion {
  format: Format;
  /** Events in our format but not yet checked. */
  events: unknown[];
  /** How the reader knows each event ("row 7"), parallel to `events`; omitted: by id or "#N", as the validator does. */
  names?: string[];
  /** How many records the file has, those the converter left out included; omitted: `events.length`. */
  records?: number;
  categories: unknown;
  actors: unknown;
  /** Problems found while converting: records left out, or parts of records (an http link) left out. */
  errors: ValidationError[];
  title?: string;
  description?: string;
  /** Eras in our format but not yet checked ({ title, start, end?, … }); an id is made from the title when missing. */
  eras?: unknown[];
  /** The reader's name for one of our fields ("start" -> "Year"), so messages point at their columns. */
  column?: (field: string) => string;
  /** Hears how far checking the events has got. */
  onProgress?: OnRowProgress;
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
      ...(conversion.eras?.length && { eras: { eras: withIds(conversion.eras) } }),
    },
    { lenient: true, onProgress: conversion.onProgress },
  );
  const rename = renamer(conversion);
  if (!result.ok) return { ok: false, format, errors: errors.concat(result.errors.map(rename)) };
  const skipped = errors.concat(result.skipped.map(rename));
  return {
    ok: true,
    format,
    dataset: result.dataset,
    skipped,
    leftOut: (conversion.records ?? events.length) - result.dataset.events.length,
    warned: warnedRecords(skipped),
    title: conversion.title,
    description: conversion.description,
  };
}

/** Eras with an id each: their own when it is a valid one, else one made from the title, unique in the file. */
function withIds(eras: readonly unknown[]): unknown[] {
  const eraId = uniqueSlugs('era');
  return eras.map((era) =>
    isRecord(era)
      ? {
          ...era,
          id: eraId(
            typeof era.title === 'string' ? era.title : '',
            typeof era.id === 'string' ? era.id : undefined,
          ),
        }
      : era,
  );
}

/**
 * Renames the validator's records (event id or "#N") and fields to the reader's rows and columns.
 * Each error carries its event's position, so this is one lookup per error however many rows
 * share an id.
 */
function renamer({
  names,
  column = (field) => field,
}: Conversion): (error: ValidationError) => ValidationError {
  return (error) => {
    if (error.file !== 'events' || error.record === 'file') return error;
    if (!names) return { ...error, field: column(error.field) };
    // Named as the converter names its records, so both count a record once (see warnedRecords).
    const { position, ...rest } = error;
    const named = position === undefined ? undefined : names[position];
    return { ...rest, record: named ?? error.record, field: column(error.field) };
  };
}

/**
 * The records shown with a warning: those with a `shown` problem and none that left them out. A
 * record is known by its position, or by its name when the converter named it ("row 7").
 */
function warnedRecords(problems: readonly ValidationError[]): number {
  const key = (e: ValidationError) => `${e.file}|${e.position ?? e.record}`;
  const leftOut = new Set<string>();
  const warned = new Set<string>();
  for (const e of problems) if (e.record !== 'file') (e.shown ? warned : leftOut).add(key(e));
  let count = 0;
  for (const k of warned) if (!leftOut.has(k)) count++;
  return count;
}
