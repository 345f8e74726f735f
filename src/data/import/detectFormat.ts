import { isRecord } from '../validationError.ts';
import { csvDelimiter } from './csvDelimiter.ts';
import { columnKey } from './csvRecords.ts';
import { parseCsv } from './parseCsv.ts';
import { truncateText } from '../truncateText.ts';

/** The file formats the importer reads. */
export type Format = 'native-json' | 'native-csv' | 'timelinejs-json' | 'timelinejs-csv';

export type Detection =
  | {
      ok: true;
      format: 'native-json' | 'timelinejs-json';
      json: Record<string, unknown>;
      events: unknown[];
    }
  | { ok: true; format: 'native-csv' | 'timelinejs-csv' }
  | { ok: false; message: string };

// How common binary files begin once read as UTF-8 text (a byte that is not UTF-8 reads as U+FFFD).
const SIGNATURES: readonly [string, string][] = [
  ['\uFFFDPNG\r\n', 'an image (PNG)'],
  ['GIF8', 'an image (GIF)'],
  ['\uFFFD\uFFFD\uFFFD', 'an image (JPEG) or another binary file'],
  ['%PDF-', 'a PDF document'],
  ['\u001F\uFFFD\u0008', 'a compressed (gzip) file; uncompress it first'],
];

// The columns that must all be present for a header row to count as each CSV format.
const TIMELINEJS_COLUMNS = ['year', 'headline'];
const NATIVE_COLUMNS = ['title', 'start'];

/**
 * Tells which format a file is in from its content: JSON by its first character or a parse, the
 * JSON flavour by the shape of its events, the CSV flavour by its header row. The file name is
 * only a hint, for a broken .json file or a .csv file with unknown columns. Parsed JSON comes
 * back so it is parsed once.
 */
export function detectFormat(text: string, fileName = ''): Detection {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  const name = fileName.toLowerCase();
  if (!body)
    return { ok: false, message: 'This file is empty; choose a JSON or CSV file with events.' };
  // Before JSON: a picture renamed .json is not a JSON file with a missing comma.
  const kind = SIGNATURES.find(([signature]) => body.startsWith(signature))?.[1];
  if (kind)
    return {
      ok: false,
      message: `This file is not JSON or CSV but ${kind}. Choose a JSON or CSV file with events.`,
    };
  if (body.slice(0, 1000).includes('\u0000') || body.startsWith('PK\u0003\u0004')) {
    return neither(
      'it is a binary file, such as a spreadsheet workbook. Save or download it as CSV and import that.',
    );
  }
  if (body.startsWith('{') || body.startsWith('[') || name.endsWith('.json'))
    return detectJson(body);
  const [firstLine = '', secondLine] = body
    .slice(0, 10_000)
    .split(/\r?\n|\r/)
    .filter((line) => line.trim());
  const delimiter = csvDelimiter(firstLine);
  const header = parseCsv(firstLine, delimiter)[0]?.cells ?? [];
  const columns = new Set(header.map(columnKey));
  if (TIMELINEJS_COLUMNS.every((c) => columns.has(c)))
    return { ok: true, format: 'timelinejs-csv' };
  if (NATIVE_COLUMNS.every((c) => columns.has(c)) || (columns.has('title') && columns.has('date')))
    return { ok: true, format: 'native-csv' };
  const expected =
    "A TimelineJS sheet needs the columns Year and Headline; this timeline's own CSV needs title and start (or date).";
  const shown = truncateText(firstLine, 80);
  // Prose has commas too; a table has as many cells in its second row as in its first.
  const tabular =
    header.length > 1 &&
    secondLine !== undefined &&
    parseCsv(secondLine, delimiter)[0]?.cells.length === header.length;
  if (tabular || name.endsWith('.csv'))
    return {
      ok: false,
      message: `This CSV file's first row, "${shown}", lacks the columns this importer needs. ${expected}`,
    };
  return neither(`its first line, "${shown}", is not a row of column names. ${expected}`);
}

function neither(reason: string): Detection {
  return { ok: false, message: `This file is neither JSON nor CSV: ${reason}` };
}

function detectJson(body: string): Detection {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (e) {
    return {
      ok: false,
      message: `This file looks like JSON but cannot be read (${(e as Error).message}). Check for a missing comma, quote or bracket there.`,
    };
  }
  if (!isRecord(json) || !Array.isArray(json.events)) {
    return {
      ok: false,
      message:
        'This JSON file has no "events" list. Expected { "events": [ ... ] }, in this timeline\'s format or in TimelineJS\'s.',
    };
  }
  const events = json.events as unknown[];
  // Both formats may have eras; TimelineJS's, like its events, have a start_date.
  const hasStartDate = (list: unknown) =>
    Array.isArray(list) && list.some((e) => isRecord(e) && 'start_date' in e);
  const timelineJs = hasStartDate(events) || isRecord(json.title) || hasStartDate(json.eras);
  return { ok: true, format: timelineJs ? 'timelinejs-json' : 'native-json', json, events };
}
