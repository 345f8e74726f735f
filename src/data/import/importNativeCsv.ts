import { CSV_COLUMNS, LIST_SEPARATOR } from '../eventsToCsv.ts';
import type { ValidationError } from '../validationError.ts';
import { csvRecords, type CsvRow } from './csvRecords.ts';
import { unescapeSpreadsheetCell } from '../spreadsheetSafe.ts';
import { ownEvents } from './ownEvents.ts';
import { reporter } from './reporter.ts';
import { validateImport, type ImportOptions, type ImportResult } from './validateImport.ts';

type Column = (typeof CSV_COLUMNS)[number];

const SOURCE_COLUMNS = ['sourceTitles', 'sourcePublishers', 'sourceUrls', 'sourceDates'] as const;

/**
 * Reads this timeline's own CSV (the columns eventsToCsv writes), leniently (see ownEvents): only
 * title and start (or date) are required. Lists split on "|", sources come from four parallel
 * columns, related links are written "type:id". Categories and actors come from the fallbacks,
 * with a new category for each one they lack. Problems name the spreadsheet row and column.
 */
export function importNativeCsv(text: string, options: ImportOptions = {}): ImportResult {
  const rows = csvRecords(text);
  const errors: ValidationError[] = [];
  // A row the CSV reader could not split (an unterminated quote) is left out, named.
  for (const row of rows)
    if (row.problem) reporter('events', `row ${row.row}`, errors)('', row.problem);
  const usable = rows.filter((row) => !row.problem);
  const read = ownEvents(
    usable.map((row) => rowToEvent(row, errors)),
    (i) => `row ${usable[i]!.row}`,
    options.fallbackCategories ?? [],
    errors,
    false,
    options.onProgress,
  );
  return validateImport({
    format: 'native-csv',
    events: read.events,
    names: read.names,
    records: rows.length,
    categories: read.categories,
    actors: options.fallbackActors ?? [],
    errors: errors.map((e) => (e.file === 'events' ? { ...e, field: columnOf(e.field) } : e)),
    column: columnOf,
    onProgress: options.onProgress,
  });
}

/** Builds a raw event from a row; ownEvent reads its values leniently. */
function rowToEvent(row: CsvRow, errors: ValidationError[]): Record<string, unknown> {
  // Our own downloads put an apostrophe before text a spreadsheet would run as a formula.
  const cell = (column: Column) => unescapeSpreadsheetCell(row.cell(column));
  const optional = (column: Column) => cell(column) || undefined;
  // Split on the bare bar so lists edited by hand ("a|b") still read.
  const list = (column: Column) =>
    cell(column)
      .split(LIST_SEPARATOR.trim())
      .map((s) => s.trim())
      .filter(Boolean);
  const optionalList = (column: Column) => (cell(column) ? list(column) : undefined);
  const [titles = [], publishers = [], urls = [], dates = []] = SOURCE_COLUMNS.map(list);
  const related = optionalList('related')?.flatMap((link) => {
    const colon = link.indexOf(':');
    if (colon >= 0)
      return [{ type: link.slice(0, colon).trim(), id: link.slice(colon + 1).trim() }];
    errors.push({
      file: 'events',
      record: `row ${row.row}`,
      field: 'related',
      message: `"${link}" is not a link, so it was left out; write type:id, such as charged-in:bangladesh-bank-heist`,
      shown: true,
    });
    return [];
  });
  return {
    id: cell('id'),
    title: cell('title'),
    start: cell('start') || row.cell('date'),
    end: optional('end'),
    category: cell('category'),
    summary: optional('summary'),
    actors: optionalList('actors'),
    targets: optionalList('targets'),
    countries: optionalList('countries'),
    amountUsd: optional('amountUsd'),
    tags: optionalList('tags'),
    importance: optional('importance'),
    confidence: optional('confidence'),
    sources: Array.from(
      { length: Math.max(titles.length, publishers.length, urls.length, dates.length) },
      (_, i) => ({
        title: titles[i],
        publisher: publishers[i],
        url: urls[i],
        date: dates[i],
      }),
    ),
    related,
    note: optional('note'),
  };
}

/** Our field ("sources[1].url", "actors[0]") as the column that holds it ("sourceUrls", "actors"). */
function columnOf(field: string): string {
  const source = /^sources\[\d+\]\.(\w)(\w*)$/.exec(field);
  if (source) return `source${source[1]!.toUpperCase()}${source[2]}s`;
  return field.replace(/\[\d+\].*$/, '');
}
