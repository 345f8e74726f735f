import { CSV_COLUMNS, LIST_SEPARATOR } from '../eventsToCsv.ts';
import type { ValidationError } from '../validationError.ts';
import { csvRecords, type CsvRow } from './csvRecords.ts';
import { unescapeSpreadsheetCell } from '../spreadsheetSafe.ts';
import { categoriesForEvents } from './generateCategories.ts';
import { reporter, type Report } from './reporter.ts';
import { validateImport, type ImportOptions, type ImportResult } from './validateImport.ts';

type Column = (typeof CSV_COLUMNS)[number];

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

const SOURCE_COLUMNS = ['sourceTitles', 'sourcePublishers', 'sourceUrls', 'sourceDates'] as const;

/**
 * Reads this timeline's own CSV (the columns eventsToCsv writes): lists split on "|", sources
 * from four parallel columns, related links written "type:id". Categories and actors come from
 * the fallbacks, with a category generated for each unknown id. Problems name the spreadsheet
 * row and column.
 */
export function importNativeCsv(text: string, options: ImportOptions = {}): ImportResult {
  const events: unknown[] = [];
  const names: string[] = [];
  const errors: ValidationError[] = [];
  const rows = csvRecords(text);
  for (const row of rows) {
    const before = errors.length;
    if (row.problem) {
      reporter('events', `row ${row.row}`, errors)('', row.problem);
      continue;
    }
    const event = rowToEvent(row, reporter('events', `row ${row.row}`, errors));
    if (errors.length > before) continue;
    events.push(event);
    names.push(`row ${row.row}`);
  }
  return validateImport({
    format: 'native-csv',
    events,
    names,
    records: rows.length,
    categories: categoriesForEvents(events, options.fallbackCategories ?? []),
    actors: options.fallbackActors ?? [],
    errors,
    column: columnOf,
  });
}

/** Builds an event from a row, leaving the checks to the validator except for what it cannot see (numbers, links). */
function rowToEvent(row: CsvRow, report: Report): Record<string, unknown> {
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
  const number = (column: Column, example: string) => {
    if (!cell(column)) return undefined;
    // Spreadsheets often write 81000000 as "81,000,000". Only decimal numbers: Number() would
    // also read "0x10" as 16 and "0b10" as 2.
    const written = cell(column).replace(/[,\s]/g, '');
    const value = DECIMAL.test(written) ? Number(written) : NaN;
    if (!Number.isFinite(value))
      report(column, `"${cell(column)}" is not a number; write a plain number such as ${example}`);
    return value;
  };
  const [titles = [], publishers = [], urls = [], dates = []] = SOURCE_COLUMNS.map(list);
  const related = optionalList('related')?.map((link) => {
    const colon = link.indexOf(':');
    if (colon < 0)
      report(
        'related',
        `"${link}" is not a link; write type:id, such as charged-in:bangladesh-bank-heist`,
      );
    return { type: link.slice(0, colon).trim(), id: link.slice(colon + 1).trim() };
  });
  return {
    id: cell('id'),
    title: cell('title'),
    start: cell('start'),
    end: optional('end'),
    category: cell('category'),
    summary: cell('summary'),
    actors: list('actors'),
    targets: optionalList('targets'),
    countries: optionalList('countries'),
    amountUsd: number('amountUsd', '81000000'),
    tags: optionalList('tags'),
    importance: number('importance', '2'),
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
