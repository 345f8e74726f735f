/** One record of a CSV file: its cells, or why it could not be read. */
export interface CsvLine {
  cells: string[];
  /** Why the record was cut short (a quote that never closes); its cells are then incomplete. */
  problem?: string;
}

const UNCLOSED =
  'a cell here starts with a quote (") that is never closed, so this row could not be read; close the quote or remove it';

/**
 * Splits CSV text into records, as RFC 4180 and spreadsheets write it: quoted cells may hold the
 * delimiter, doubled quotes and line breaks. Unlike d3-dsv's parser it recovers from a quote that
 * is never closed: instead of taking the rest of the file into one cell, it reports that record
 * and goes on from the next line. A quoted cell that runs past a line break and then "closes" on a
 * quote followed by more text (the opening quote of a later row's cell) is taken as unclosed too.
 * Linear in the text: the scans for closing quotes that fail may together read the text a few
 * times over at most; past that, a quoted cell may no longer span lines.
 */
export function parseCsv(text: string, delimiter = ','): CsvLine[] {
  const n = text.length;
  const d = delimiter.charCodeAt(0);
  const records: CsvLine[] = [];
  // Characters read by scans that found no proper closing quote; bounded so hostile input stays linear.
  let wasted = 0;
  const budget = 4 * n + 100_000;
  let i = 0;
  while (i < n) {
    const cells: string[] = [];
    let problem: string | undefined;
    for (;;) {
      if (text.charCodeAt(i) === 34) {
        const cell = quotedCell(text, i, d, wasted > budget);
        if (cell.value === null) {
          wasted += cell.end - i;
          problem = UNCLOSED;
          // Go on from the line after the opening quote.
          const eol = text.indexOf('\n', i);
          i = eol < 0 ? n : eol + 1;
          break;
        }
        cells.push(cell.value);
        i = cell.end;
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === d || c === 10 || c === 13) break;
          j++;
        }
        cells.push(text.slice(i, j));
        i = j;
      }
      const c = text.charCodeAt(i);
      if (c === d) {
        i++;
        continue;
      }
      if (c === 13) i += text.charCodeAt(i + 1) === 10 ? 2 : 1;
      else if (c === 10) i++;
      break;
    }
    records.push(problem ? { cells, problem } : { cells });
  }
  return records;
}

/**
 * The quoted cell starting at `from`: its value and where the text after it starts, or a null value
 * when its quote never closes properly (`end` is then where the search stopped).
 */
function quotedCell(
  text: string,
  from: number,
  d: number,
  oneLine: boolean,
): { value: string | null; end: number } {
  const n = text.length;
  const lineEnd = oneLine ? indexOrEnd(text, '\n', from) : n;
  let value = '';
  let j = from + 1;
  for (;;) {
    const q = text.indexOf('"', j);
    if (q < 0 || q >= lineEnd) return { value: null, end: q < 0 ? n : lineEnd };
    const next = text.charCodeAt(q + 1);
    if (next === 34) {
      value += text.slice(j, q + 1);
      j = q + 2;
      continue;
    }
    value += text.slice(j, q);
    if (q + 1 >= n || next === d || next === 10 || next === 13) return { value, end: q + 1 };
    // Text after the closing quote. Past a line break it means the quote was never closed;
    // within one line ("a"b,) it is kept as part of the cell, as spreadsheets do.
    if (value.includes('\n') || value.includes('\r')) return { value: null, end: q };
    let k = q + 1;
    while (k < n) {
      const c = text.charCodeAt(k);
      if (c === d || c === 10 || c === 13) break;
      k++;
    }
    return { value: value + text.slice(q + 1, k), end: k };
  }
}

function indexOrEnd(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from);
  return at < 0 ? text.length : at;
}
