import { csvFormatRows } from 'd3-dsv';
import type { EventRecord } from './schema.ts';
import { spreadsheetSafe } from './spreadsheetSafe.ts';

/** The columns of events.csv, in order. Lists are joined with LIST_SEPARATOR. */
export const CSV_COLUMNS = [
  'id',
  'title',
  'start',
  'end',
  'category',
  'summary',
  'actors',
  'targets',
  'countries',
  'amountUsd',
  'tags',
  'importance',
  'confidence',
  'sourceTitles',
  'sourcePublishers',
  'sourceUrls',
  'sourceDates',
  'related',
  'note',
] as const;

export const LIST_SEPARATOR = ' | ';

/**
 * Flattens events into CSV, one row per event, for spreadsheets: lists are joined with " | ",
 * sources become four parallel columns, and related links are written "type:id". Text that a
 * spreadsheet would run as a formula is neutralised; numbers are written as numbers. A `lead`
 * column, such as the period of a comparison each event falls in, comes first, with one value per
 * event.
 */
export function eventsToCsv(
  events: readonly EventRecord[],
  lead?: { column: string; values: readonly string[] },
): string {
  const join = (list: readonly (string | number | undefined)[] | undefined) =>
    (list ?? []).map((x) => x ?? '').join(LIST_SEPARATOR);
  const rows = events.map((e) => [
    e.id,
    e.title,
    e.start,
    e.end ?? '',
    e.category,
    e.summary ?? '',
    join(e.actors),
    join(e.targets),
    join(e.countries),
    e.amountUsd?.toString() ?? '',
    join(e.tags),
    e.importance?.toString() ?? '',
    e.confidence ?? '',
    join(e.sources.map((s) => s.title)),
    join(e.sources.map((s) => s.publisher)),
    join(e.sources.map((s) => s.url)),
    join(e.sources.map((s) => s.date)),
    join(e.related?.map((r) => `${r.type}:${r.id}`)),
    e.note ?? '',
  ]);
  // Every cell, numbers included: spreadsheetSafe leaves plain numbers as they are.
  const header = lead ? [lead.column, ...CSV_COLUMNS] : [...CSV_COLUMNS];
  const body = lead ? rows.map((row, i) => [lead.values[i] ?? '', ...row]) : rows;
  return `${csvFormatRows([header, ...body.map((row) => row.map(spreadsheetSafe))])}\n`;
}
