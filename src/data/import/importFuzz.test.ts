import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../testing/fixtures.ts';
import { readText } from '../readText.ts';
import { importDataset } from './importDataset.ts';
import { summarizeProblems } from './summarizeProblems.ts';
import type { ImportResult } from './validateImport.ts';

/*
 * Property-based tests of the importers: random and mutated files in all four formats. Whatever
 * the file, an import returns a result or an error and never throws; its report stays linear in
 * the size of the file (the bound on time that does not depend on the machine); and every valid
 * row of a damaged file is still shown. Seeded, so a failure names a case that replays.
 */

const RUNS = { numRuns: 60, seed: 20_261_202 };
const options = { fallbackCategories: CATEGORIES, fallbackActors: [] };

/** Imports, failing the property (not the test run) if the importer throws. */
function importSafely(text: string, fileName?: string): ImportResult {
  const result = importDataset(text, { ...options, fileName });
  expect(typeof result.ok).toBe('boolean');
  // The report grows with the file, never with its square.
  const problems = result.ok ? result.skipped : result.errors;
  const report = summarizeProblems(problems).reduce((n, line) => n + line.text.length, 0);
  expect(report).toBeLessThanOrEqual(60 * text.length + 10_000);
  return result;
}

const titlesOf = (result: ImportResult) =>
  result.ok ? result.dataset.events.map((e) => e.title) : [];

type Format = 'native-csv' | 'timelinejs-csv' | 'native-json' | 'timelinejs-json';
const FORMATS: Format[] = ['native-csv', 'timelinejs-csv', 'native-json', 'timelinejs-json'];

// A valid row: a title no damaged row can produce by chance, a year, and text that may hold the
// delimiter, quotes and line breaks (a quoted cell in CSV).
const validRow = (i: number, text: string) => ({
  title: `Valid row ${i}`,
  year: String(1990 + (i % 30)),
  text: `Summary ${i}${text}`,
});
const cellText = fc.constantFrom('', ', with a comma', ' said "so"', '\nover two lines', ' plain');

// What damage a bad row carries.
const damage = fc.oneof(
  fc.constant({ year: '20l6' }),
  fc.constant({ year: '' }),
  fc.constant({ title: '' }),
  fc.constant({ raw: '"an unclosed quote' }),
  fc.constant({ raw: '=HYPERLINK("http://evil.example","x")' }),
  fc.string({ maxLength: 30 }).map((raw) => ({ raw })),
  fc.string({ unit: 'binary', maxLength: 30 }).map((raw) => ({ raw })),
  fc.constant({ raw: 'x'.repeat(100_000) }),
);

type Row =
  | { valid: true; row: ReturnType<typeof validRow> }
  | { valid: false; damage: Record<string, string> };

const rows = fc
  .array(fc.tuple(fc.boolean(), cellText, damage), { minLength: 1, maxLength: 25 })
  .map((list) =>
    list.map(([valid, text, hurt], i): Row =>
      valid ? { valid: true, row: validRow(i, text) } : { valid: false, damage: hurt },
    ),
  );

const csvCell = (value: string) =>
  /[",\n\r;\t]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/** The cells of a row, in the order of the format's columns. */
function cellsOf(format: Format, r: Row, i: number): string[] {
  const native = format === 'native-csv' || format === 'native-json';
  if (r.valid) {
    const { title, year, text } = r.row;
    return native ? [`valid-row-${i}`, title, year, 'theft', text] : [year, title, text, '', ''];
  }
  const cells = native ? [`bad-${i}`, 'Bad', '2016', 'theft', 's'] : ['2016', 'Bad', 's', '', ''];
  if (r.damage.year !== undefined) cells[native ? 2 : 0] = r.damage.year;
  if (r.damage.title !== undefined) cells[1] = r.damage.title;
  return cells;
}

/** The lines of a CSV file with these rows (header first), its columns in the order given. */
function csvLines(format: Format, list: Row[], order: number[]): string[] {
  const header =
    format === 'native-csv'
      ? ['id', 'title', 'start', 'category', 'summary']
      : ['Year', 'Headline', 'Text', 'Media', 'Group'];
  const line = (values: string[]) => order.map((k) => csvCell(values[k] ?? '')).join(',');
  // A damaged row's raw text goes in as written, quotes and all, as a broken file would have it.
  return [
    line(header),
    ...list.map((r, i) =>
      !r.valid && r.damage.raw !== undefined
        ? `bad-${i},${r.damage.raw},2016,theft,s`
        : line(cellsOf(format, r, i)),
    ),
  ];
}

/** A file in `format` with these rows; CSV columns in the order given. */
function fileOf(format: Format, list: Row[], order: number[] = [0, 1, 2, 3, 4]): string {
  if (format === 'native-csv' || format === 'timelinejs-csv')
    return csvLines(format, list, order).join('\n');
  const items = list.map((r, i) => {
    if (!r.valid && r.damage.raw !== undefined) return r.damage.raw;
    const [a, b, c, , e] = cellsOf(format, r, i);
    return format === 'native-json'
      ? { id: a, title: b, start: c, category: 'theft', summary: e }
      : { start_date: { year: a }, text: { headline: b, text: c } };
  });
  return JSON.stringify({ events: items });
}

const validTitles = (list: Row[]) => list.flatMap((r) => (r.valid ? [r.row.title] : []));

describe('importing random and damaged files (property-based)', () => {
  it('never throws on random text or random bytes, under any file name', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.uint8Array({ maxLength: 300 }).map((b) => new TextDecoder().decode(b)),
          fc.json(),
        ),
        fc.constantFrom(undefined, 'x.json', 'x.csv', 'x.txt'),
        (text, name) => {
          importSafely(text, name);
        },
      ),
      RUNS,
    );
  });

  it.each(FORMATS)('keeps every valid row of a %s file with damaged rows among them', (format) => {
    fc.assert(
      fc.property(rows, (list) => {
        const result = importSafely(fileOf(format, list));
        const shown = new Set(titlesOf(result));
        for (const title of validTitles(list)) expect(shown).toContain(title);
      }),
      RUNS,
    );
  });

  it.each(['native-csv', 'timelinejs-csv'] as const)(
    'keeps every valid row of a %s file with shuffled and duplicated columns',
    (format) => {
      fc.assert(
        fc.property(
          rows,
          fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5 }),
          fc.nat(4),
          (list, order, twice) => {
            // The duplicate comes last: as in a spreadsheet, the first column of a name is read.
            const result = importSafely(fileOf(format, list, [...order, twice]));
            const shown = new Set(titlesOf(result));
            for (const title of validTitles(list)) expect(shown).toContain(title);
          },
        ),
        RUNS,
      );
    },
  );

  it.each(FORMATS)(
    'keeps the valid rows before the cut of a truncated %s file, and never throws',
    (format) => {
      fc.assert(
        fc.property(rows, fc.double({ min: 0, max: 1, noNaN: true }), (list, at) => {
          const text = fileOf(format, list);
          const cut = Math.floor(text.length * at);
          const result = importSafely(text.slice(0, cut));
          // A truncated JSON file cannot be read at all; a CSV row that ends before the cut is shown.
          if (format.endsWith('json')) return;
          const shown = new Set(titlesOf(result));
          let end = 0;
          csvLines(format, list, [0, 1, 2, 3, 4]).forEach((line, i) => {
            end += line.length + 1;
            const row = list[i - 1];
            if (row?.valid && end <= cut) expect(shown).toContain(row.row.title);
          });
        }),
        RUNS,
      );
    },
  );

  it.each(['utf-16le', 'utf-16be'] as const)(
    'reads every valid row of a CSV file saved as %s, with its byte-order mark',
    async (encoding) => {
      await fc.assert(
        fc.asyncProperty(
          rows,
          fc.constantFrom<Format>('native-csv', 'timelinejs-csv'),
          async (list, format) => {
            const text = `\uFEFF${fileOf(format, list)}`;
            const bytes = new Uint8Array(text.length * 2);
            for (let i = 0; i < text.length; i++) {
              const [hi, lo] = [text.charCodeAt(i) >> 8, text.charCodeAt(i) & 0xff];
              bytes.set(encoding === 'utf-16le' ? [lo, hi] : [hi, lo], 2 * i);
            }
            const read = await readText(new Blob([bytes]).stream(), { maxChars: 10_000_000 });
            expect(read.ok).toBe(true);
            const shown = new Set(titlesOf(importSafely(read.ok ? read.text : '')));
            for (const title of validTitles(list)) expect(shown).toContain(title);
            // The same bytes read wrongly, as Latin-1, still give an answer and not a crash.
            importSafely(new TextDecoder('latin1').decode(bytes));
          },
        ),
        { ...RUNS, numRuns: 30 },
      );
    },
  );
});
