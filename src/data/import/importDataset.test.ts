import { describe, expect, it } from 'vitest';
import { ACTORS, CATEGORIES, eventRecord } from '../../testing/fixtures.ts';
import { eventsToCsv } from '../eventsToCsv.ts';
import { formatValidationError } from '../validationError.ts';
import { readFixture } from './fixtures/importedOrThrow.ts';
import { importDataset } from './importDataset.ts';
import { MAX_CHARACTERS, MAX_ROWS } from './importLimits.ts';

const options = { fallbackCategories: CATEGORIES, fallbackActors: ACTORS };
const errorsOf = (text: string, fileName?: string) => {
  const result = importDataset(text, { ...options, fileName });
  return result.ok ? [] : result.errors.map(formatValidationError);
};

describe('importDataset', () => {
  it.each([
    ['our JSON', JSON.stringify({ events: [eventRecord({ id: 'a' })] }), 'native-json', 1],
    [
      'our CSV',
      eventsToCsv([eventRecord({ id: 'a' }), eventRecord({ id: 'b', start: '2017' })]),
      'native-csv',
      2,
    ],
    ['a TimelineJS JSON file', readFixture('timelinejs-sample.json'), 'timelinejs-json', 4],
    ['a TimelineJS sheet', readFixture('timelinejs-sample.csv'), 'timelinejs-csv', 6],
    [
      'a TimelineJS sheet saved with a byte-order mark and CRLF line ends',
      `\uFEFF${readFixture('timelinejs-sample.csv').replace(/\n/g, '\r\n')}`,
      'timelinejs-csv',
      6,
    ],
  ])('imports %s', (_, text, format, count) => {
    const result = importDataset(text, options);
    expect(result.ok && [result.format, result.dataset.events.length, result.skipped]).toEqual([
      format,
      count,
      [],
    ]);
  });

  it('explains that a file is neither JSON nor CSV', () => {
    expect(errorsOf('Some notes about Lazarus.', 'notes.txt')).toEqual([
      expect.stringMatching(
        /^notes\.txt: file: This file is neither JSON nor CSV: its first line, "Some notes about Lazarus\.", is not a row of column names/,
      ),
    ]);
  });

  it('explains that JSON without events has nothing to import', () => {
    expect(errorsOf('{ "title": "Empty" }')).toEqual([
      expect.stringContaining('This JSON file has no "events" list'),
    ]);
  });

  it('refuses a file over the size limit before reading it', () => {
    expect(errorsOf(' '.repeat(MAX_CHARACTERS + 1))).toEqual([
      'import: file: This file is too large to import: 250,000,001 characters, more than the 250,000,000 allowed. Split it into smaller files.',
    ]);
  });

  it('refuses a sheet with more rows than allowed, before parsing them', () => {
    const text = `Year,Headline\n${'2016,A\n'.repeat(MAX_ROWS + 1)}`;
    expect(errorsOf(text)).toEqual([
      'import: file: This file has 1,000,001 rows, more than the 1,000,000 allowed. Split it into smaller files.',
    ]);
  });

  // A million rows to read: seconds on a busy machine.
  it('lets a sheet with exactly as many rows as allowed through the size check', () => {
    // Blank rows pass the limit and then leave nothing to import, which keeps the test fast.
    expect(errorsOf(`Year,Headline\n${',\n'.repeat(MAX_ROWS)}`)).toEqual([
      'events: file, field "events": there are no events in this file',
    ]);
  }, 30_000);

  it('refuses a JSON file with more events than allowed', () => {
    expect(
      errorsOf(JSON.stringify({ events: Array.from({ length: MAX_ROWS + 1 }, () => 0) })),
    ).toEqual([
      'import: file: This file has 1,000,001 events, more than the 1,000,000 allowed. Split it into smaller files.',
    ]);
  });

  it('keeps the valid rows of a sheet where others are bad', () => {
    const text =
      'Year,Month,Day,Headline,Text\n2016,2,4,Heist,Stolen.\n2016,4,31,Bad day,x\n20l6,,,Bad year,x\n2017,,,,Without a headline\n2017,5,12,WannaCry,Ransomware.\n';
    const result = importDataset(text, options);
    expect(result.ok && result.dataset.events.map((e) => e.title)).toEqual([
      'Heist',
      'Without a headline',
      'WannaCry',
    ]);
    expect(result.ok && result.skipped.map(formatValidationError)).toEqual([
      'events: row 3, field "Day": "31" is not a day of Apr 2016, which has 30 days',
      'events: row 4, field "Year": "20l6" is not a year; write a year such as 2016',
    ]);
  });

  it('keeps every row after a quote that never closes, and names the row with the quote', () => {
    const text =
      'id,title,start,category,summary\na,Alpha,2016,theft,s\nb,"Beta,2017,theft,s\nc,Gamma,2018,theft,s\nd,"Delta, quoted",2019,theft,s\n';
    const result = importDataset(text, options);
    expect(result.ok && result.dataset.events.map((e) => e.id)).toEqual(['a', 'c', 'd']);
    expect(result.ok && [result.leftOut, result.warned]).toEqual([1, 0]);
    expect(result.ok && result.skipped.map(formatValidationError)).toEqual([
      'events: row 3: a cell here starts with a quote (") that is never closed, so this row could not be read; close the quote or remove it',
    ]);
  });

  it.each([
    ['semicolons, as European spreadsheet programs write CSV', ';'],
    ['tabs', '\t'],
  ])('reads our CSV and a TimelineJS sheet separated by %s', (_, delimiter) => {
    const ours = `id;title;start;category;summary\na;Alpha;2016;theft;"One; two"\n`;
    const sheet = `Year;Month;Headline;Text\n2016;2;Heist;"Stolen; in Dhaka"\n`;
    for (const [text, summary] of [
      [ours, 'One; two'],
      [sheet, 'Stolen; in Dhaka'],
    ] as const) {
      const result = importDataset(text.replaceAll(';', delimiter), options);
      // TimelineJS text is HTML, where a tab is a space.
      const fold = (t: string) => t.replace(/\s+/g, ' ');
      expect(result.ok && fold(result.dataset.events[0]!.summary ?? '')).toBe(
        fold(summary.replace(';', delimiter)),
      );
    }
  });
});
