import { csvParseRows } from 'd3-dsv';

/** One data row of a CSV file. */
export interface CsvRow {
  /** The row number a spreadsheet shows: the header is row 1. */
  row: number;
  /** The trimmed value in the named column, matched ignoring case and spaces; "" when absent. */
  cell: (column: string) => string;
}

/** How column names are compared: "  End  Year " matches "end year". */
export function columnKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

const isBlank = (values: readonly string[]) => values.every((v) => v.trim() === '');

/**
 * Parses CSV with a header row into its data rows (quoted commas, quotes and newlines included),
 * ignoring a UTF-8 byte-order mark and blank rows; rows keep the numbers a spreadsheet would show.
 */
export function csvRecords(text: string): CsvRow[] {
  const all = csvParseRows(text.replace(/^\uFEFF/, ''));
  const headerAt = all.findIndex((values) => !isBlank(values));
  const header = all[headerAt] ?? [];
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    if (!index.has(columnKey(name))) index.set(columnKey(name), i);
  });
  // Converters ask for the same few columns on every row; fold each name once.
  const positions = new Map<string, number>();
  const position = (column: string) => {
    let at = positions.get(column);
    if (at === undefined) positions.set(column, (at = index.get(columnKey(column)) ?? -1));
    return at;
  };
  return all.flatMap((values, i) => {
    if (i <= headerAt || isBlank(values)) return [];
    const cell = (column: string) => values[position(column)]?.trim() ?? '';
    return [{ row: i + 1, cell }];
  });
}
