import { csvDelimiter } from './csvDelimiter.ts';
import { parseCsv } from './parseCsv.ts';

/** One data row of a CSV file. */
export interface CsvRow {
  /** The row number a spreadsheet shows: the header is row 1. */
  row: number;
  /** The trimmed value in the named column, matched ignoring case and spaces; "" when absent. */
  cell: (column: string) => string;
  /** Why the row could not be read (a quote never closed), when so. */
  problem?: string;
}

/** How column names are compared: "  End  Year " matches "end year". */
export function columnKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

const isBlank = (values: readonly string[]) => values.every((v) => v.trim() === '');

/** The first line that is not blank: the header row, which tells the delimiter. */
export function firstLine(text: string): string {
  const match = /[^\r\n]*\S[^\r\n]*/.exec(text.slice(0, 100_000));
  return match?.[0] ?? '';
}

/**
 * Parses CSV with a header row into its data rows (quoted delimiters, quotes and newlines
 * included), ignoring a UTF-8 byte-order mark and blank rows; rows keep the numbers a spreadsheet
 * would show. The delimiter (comma, semicolon or tab) is told from the header row.
 */
export function csvRecords(text: string): CsvRow[] {
  const body = text.replace(/^\uFEFF/, '');
  const all = parseCsv(body, csvDelimiter(firstLine(body)));
  const headerAt = all.findIndex((line) => !isBlank(line.cells));
  const header = all[headerAt]?.cells ?? [];
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
  const rows: CsvRow[] = [];
  all.forEach(({ cells, problem }, i) => {
    if (i <= headerAt || (!problem && isBlank(cells))) return;
    const cell = (column: string) => cells[position(column)]?.trim() ?? '';
    rows.push(problem ? { row: i + 1, cell, problem } : { row: i + 1, cell });
  });
  return rows;
}
