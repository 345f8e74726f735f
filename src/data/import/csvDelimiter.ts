import { parseCsv } from './parseCsv.ts';

/** The delimiters spreadsheets write: commas, semicolons (where the comma is the decimal mark), tabs. */
export type Delimiter = ',' | ';' | '\t';

const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

/**
 * The delimiter of a CSV file, told from its header row: the one that splits it into the most
 * column names. European spreadsheet programs save "CSV" with semicolons, and "Text" with tabs.
 */
export function csvDelimiter(headerLine: string): Delimiter {
  let best: Delimiter = ',';
  let most = 0;
  for (const delimiter of DELIMITERS) {
    const cells = parseCsv(headerLine, delimiter)[0]?.cells.length ?? 0;
    if (cells > most) [best, most] = [delimiter, cells];
  }
  return best;
}
