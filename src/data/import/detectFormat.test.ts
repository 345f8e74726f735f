import { describe, expect, it } from 'vitest';
import { detectFormat } from './detectFormat.ts';

describe('detectFormat', () => {
  it.each([
    ['our JSON', '{ "events": [{ "id": "a", "start": "2016" }] }', '', 'native-json'],
    ['our JSON with an empty events list', '{ "events": [] }', '', 'native-json'],
    [
      'TimelineJS JSON by its start_date',
      '{ "events": [{ "start_date": { "year": 2016 } }] }',
      '',
      'timelinejs-json',
    ],
    [
      'TimelineJS JSON by its title slide',
      '{ "title": { "text": { "headline": "T" } }, "events": [] }',
      '',
      'timelinejs-json',
    ],
    ['our CSV', 'id,title,start,category,summary\n', '', 'native-csv'],
    ['a TimelineJS sheet', 'Year,Month,Day,Headline,Text\n', '', 'timelinejs-csv'],
    [
      'a TimelineJS sheet with odd case, spaces, a BOM and blank lines first',
      '\uFEFF\n\n YEAR , headline \n',
      '',
      'timelinejs-csv',
    ],
    ['JSON named .csv, by its content', '{ "events": [] }', 'events.csv', 'native-json'],
  ])('recognises %s', (_, text, fileName, format) => {
    expect(detectFormat(text, fileName)).toMatchObject({ ok: true, format });
  });

  it.each([
    [
      'plain prose',
      'Dear reader, here are my notes.',
      '',
      'This file is neither JSON nor CSV: its first line, "Dear reader, here are my notes.", is not a row of column names.',
    ],
    [
      'a binary file',
      'PK\u0003\u0004\u0000\u0000binary',
      'timeline.xlsx',
      'This file is neither JSON nor CSV: it is a binary file',
    ],
    [
      'a PNG image renamed .json',
      '\uFFFDPNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000',
      'timeline.json',
      'This file is not JSON or CSV but an image (PNG)',
    ],
    [
      'a binary file named .json',
      'x\u0000\u0000\u0001\u0002{',
      'timeline.json',
      'This file is neither JSON nor CSV: it is a binary file',
    ],
    ['an empty file', '  \n ', '', 'This file is empty'],
    ['broken JSON', '{ "events": [ }', '', 'This file looks like JSON but cannot be read'],
    [
      'a .json file that is not JSON',
      'Year,Headline',
      'timeline.json',
      'This file looks like JSON but cannot be read',
    ],
    ['JSON without events', '{ "items": [] }', '', 'This JSON file has no "events" list'],
    ['a JSON list', '[1, 2]', '', 'This JSON file has no "events" list'],
    [
      'CSV with unknown columns',
      'name,date,notes\nx,y,z',
      '',
      'This CSV file\'s first row, "name,date,notes", lacks the columns this importer needs.',
    ],
    [
      'a one-column .csv file',
      'notes\nhello',
      'notes.csv',
      'This CSV file\'s first row, "notes", lacks the columns',
    ],
  ])('explains why %s cannot be read', (_, text, fileName, message) => {
    const detected = detectFormat(text, fileName);
    expect(detected.ok).toBe(false);
    expect(!detected.ok && detected.message).toContain(message);
  });

  it('hands back the parsed JSON and its events', () => {
    expect(detectFormat('{ "events": [1], "title": "T" }')).toEqual({
      ok: true,
      format: 'native-json',
      json: { events: [1], title: 'T' },
      events: [1],
    });
  });
});
