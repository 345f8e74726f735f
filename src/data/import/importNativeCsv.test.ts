import { csvFormat, csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { ACTORS, CATEGORIES, eventRecord } from '../../testing/fixtures.ts';
import { CSV_COLUMNS, eventsToCsv } from '../eventsToCsv.ts';
import { importedOrThrow } from './fixtures/importedOrThrow.ts';
import { importNativeCsv } from './importNativeCsv.ts';

const options = { fallbackCategories: CATEGORIES, fallbackActors: ACTORS };
const imported = (text: string) => importedOrThrow(importNativeCsv(text, options));

describe('importNativeCsv', () => {
  it('reads back what eventsToCsv wrote, lists, sources and links included', () => {
    // The CSV columns have no shortTitle, so the round trip leaves it out.
    const heist = eventRecord({
      id: 'heist',
      shortTitle: undefined,
      title: 'Heist, with "quotes"',
      summary: 'Line one.\nLine two.',
      end: '2016-03',
      actors: ['lazarus-group'],
      targets: ['Bangladesh Bank', 'New York Fed'],
      countries: ['BD', 'US'],
      amountUsd: 81_000_000,
      tags: ['swift'],
      importance: 3,
      sources: [
        {
          title: 'First, a title',
          publisher: 'Reuters',
          url: 'https://example.org/a',
          date: '2016-03',
        },
        { title: 'Second', publisher: 'AP', url: 'https://example.org/b', date: '2016-03-10' },
      ],
      related: [{ id: 'charges', type: 'charged-in' }],
      note: 'Amounts differ.',
    });
    const charges = eventRecord({
      id: 'charges',
      shortTitle: undefined,
      category: 'legal',
      start: '2018-09-06',
      related: [{ id: 'heist', type: 'charges-for' }],
    });
    const result = imported(eventsToCsv([heist, charges]));
    expect(result.format).toBe('native-csv');
    expect(result.skipped).toEqual([]);
    expect(result.events[0]).toMatchObject(heist);
    expect(result.events[1]).toMatchObject(charges);
    expect(result.dataset.categories).toEqual(CATEGORIES);
    expect(result.dataset.actors).toEqual(ACTORS);
  });

  it('generates a category for an unknown category id', () => {
    const result = imported(eventsToCsv([eventRecord({ id: 'a', category: 'espionage' })]));
    expect(result.dataset.categories.map((c) => [c.id, c.label])).toContainEqual([
      'espionage',
      'Espionage',
    ]);
  });

  it.each([
    [
      'an amount that is not a number',
      { amountUsd: 'lots' },
      'events: row 3, field "amountUsd": "lots" is not a positive number of US dollars, so it was left out',
    ],
    [
      'a hexadecimal amount',
      { amountUsd: '0x10' },
      'events: row 3, field "amountUsd": "0x10" is not a positive number of US dollars, so it was left out',
    ],
    [
      'a binary importance',
      { importance: '0b10' },
      'events: row 3, field "importance": must be 1, 2 or 3, so it was left out',
    ],
    [
      'a related link without a type',
      { related: 'heist' },
      'events: row 3, field "related": "heist" is not a link, so it was left out; write type:id',
    ],
    [
      'a second source that is not https',
      {
        sourceUrls: 'https://example.org/a | http://example.org/b',
        sourceTitles: 'A | B',
        sourcePublishers: 'P | Q',
        sourceDates: '2016 | 2016',
      },
      'events: row 3, field "sourceUrls": the link http://example.org/b is not https, so it was left out',
    ],
  ])('shows a row with %s, with a warning naming its row and column', (_, cells, message) => {
    const rows = csvParse(
      eventsToCsv([eventRecord({ id: 'good' }), eventRecord({ id: 'bad', start: '2017' })]),
    );
    Object.assign(rows[1]!, cells);
    const result = imported(csvFormat(rows, [...CSV_COLUMNS]));
    expect(result.events.map((e) => e.id)).toEqual(['good', 'bad']);
    expect(result.skipped.join('\n')).toContain(message);
  });

  it('leaves out a row whose start is not a date, naming its row and column', () => {
    const rows = csvParse(
      eventsToCsv([eventRecord({ id: 'good' }), eventRecord({ id: 'bad', start: '2017' })]),
    );
    rows[1]!.start = '2016-02-30';
    const result = imported(csvFormat(rows, [...CSV_COLUMNS]));
    expect(result.events.map((e) => e.id)).toEqual(['good']);
    expect(result.skipped).toEqual([
      'events: row 3, field "start": "2016-02-30" is not a date; write a date such as 2016, 2016-02 or 2016-02-04',
    ]);
  });

  it('reads a hand-written sheet with only a title, a date, a new category and a bare link', () => {
    const result = imported(
      'title,date,category,sourceUrls\nFirst,1815-12-10,Mathematicians,https://example.org/ada\nSecond,1816,,\n',
    );
    expect(result.skipped).toEqual([]);
    expect(result.events).toMatchObject([
      {
        id: 'first',
        title: 'First',
        start: '1815-12-10',
        category: 'mathematicians',
        sources: [{ title: 'example.org', url: 'https://example.org/ada' }],
      },
      { id: 'second', start: '1816', category: 'events', sources: [] },
    ]);
    expect(result.events[0]?.sources[0]).not.toHaveProperty('date');
    expect(result.dataset.categories.slice(-2).map((c) => c.label)).toEqual([
      'Mathematicians',
      'Events',
    ]);
  });

  it('gives the second of two rows that share an id a new one, and says so', () => {
    const result = imported(
      eventsToCsv([eventRecord({ id: 'x' }), eventRecord({ id: 'x', title: 'Other' })]),
    );
    expect(result.events.map((e) => e.id).sort()).toEqual(['other', 'x']);
    expect(result.skipped).toEqual([
      'events: row 3, field "id": "x" is the id of an earlier event too, so a new id was made from the title',
    ]);
  });

  it('accepts lists separated by a bare bar', () => {
    const text = eventsToCsv([eventRecord({ id: 'a', targets: ['One', 'Two'] })]).replace(
      'One | Two',
      'One|Two',
    );
    expect(imported(text).events[0]?.targets).toEqual(['One', 'Two']);
  });
});
