import { detectFormat } from './detectFormat.ts';
import { importNativeCsv } from './importNativeCsv.ts';
import { importNativeJson } from './importNativeJson.ts';
import { importTimelineJsCsv } from './importTimelineJsCsv.ts';
import { importTimelineJsJson } from './importTimelineJsJson.ts';
import type { ImportOptions, ImportResult } from './validateImport.ts';
import { MAX_CHARACTERS, MAX_ROWS } from './importLimits.ts';

const count = (n: number) => n.toLocaleString('en-US');

/**
 * Turns the text of a reader's own file into a dataset: this timeline's JSON or CSV, or a
 * TimelineJS JSON file or spreadsheet. The format is told from the content (the file name is a
 * hint). Never throws: a file that cannot be read at all comes back as errors; one with some bad
 * rows comes back with the good ones and the bad ones in `skipped`.
 */
export function importDataset(text: string, options: ImportOptions = {}): ImportResult {
  const refuse = (message: string): ImportResult => ({
    ok: false,
    errors: [{ file: options.fileName ?? 'import', record: 'file', field: '', message }],
  });
  if (text.length > MAX_CHARACTERS) {
    return refuse(
      `This file is too large to import: ${count(text.length)} characters, more than the ${count(MAX_CHARACTERS)} allowed. Split it into smaller files.`,
    );
  }
  const detected = detectFormat(text, options.fileName);
  if (!detected.ok) return refuse(detected.message);
  const rows =
    detected.format === 'native-json' || detected.format === 'timelinejs-json'
      ? detected.events.length
      : lineCount(text.trimEnd()) - 1;
  if (rows > MAX_ROWS) {
    return refuse(
      `This file has ${count(rows)} ${detected.format.endsWith('csv') ? 'rows' : 'events'}, more than the ${count(MAX_ROWS)} allowed. Split it into smaller files.`,
    );
  }
  switch (detected.format) {
    case 'native-json':
      return importNativeJson(detected.json, options);
    case 'timelinejs-json':
      return importTimelineJsJson(detected.json, options);
    case 'native-csv':
      return importNativeCsv(text, options);
    case 'timelinejs-csv':
      return importTimelineJsCsv(text, options);
  }
}

/** Counts lines without splitting the text; an upper bound on the rows, since a quoted cell may span lines. */
function lineCount(text: string): number {
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}
