import { csvFormat } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { formatValidationError } from '../validationError.ts';
import { importedOrThrow, readFixture } from './fixtures/importedOrThrow.ts';
import { importTimelineJsCsv } from './importTimelineJsCsv.ts';

const COLUMNS = [
  'Year',
  'Month',
  'Day',
  'End Year',
  'End Month',
  'End Day',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Type',
  'Group',
] as const;
type Row = Partial<Record<(typeof COLUMNS)[number], string>>;

/** A TimelineJS sheet as CSV; the header is row 1, so the first row given is row 2. */
const sheet = (...rows: Row[]) => csvFormat(rows, [...COLUMNS]);
const event = (overrides: Row = {}): Row => ({
  Year: '2016',
  Month: '2',
  Day: '4',
  Headline: 'Bangladesh Bank heist',
  Text: 'SWIFT fraud.',
  ...overrides,
});

const imported = (text: string) => importedOrThrow(importTimelineJsCsv(text));

describe('importTimelineJsCsv with the sample sheet', () => {
  const sample = imported(readFixture('timelinejs-sample.csv'));
  const byId = (id: string) => sample.events.find((e) => e.id === id);

  it('reads every event row, with nothing skipped', () => {
    expect(sample.format).toBe('timelinejs-csv');
    expect(sample.events).toHaveLength(6);
    expect(sample.skipped).toEqual([]);
  });

  it('takes the title from the row of Type "title" and eras from rows of Type "era"', () => {
    expect(sample.title).toBe("North Korea's cyber operations");
    expect(sample.eras).toEqual([
      { title: 'Kim Jong-un era', start: '2011-12-17', end: '2025-12-31' },
    ]);
  });

  it('keeps each date at the precision written, with its end', () => {
    expect(byId('a-record-year-of-crypto-thefts')).toMatchObject({ start: '2022', isRange: false });
    expect(byId('bangladesh-bank-heist')).toMatchObject({
      start: '2016-02-04',
      end: '2016-02-05',
      isRange: true,
    });
  });

  it('makes one category per group, in order, and "Events" for rows without one', () => {
    expect(sample.dataset.categories.map((c) => [c.id, c.label, c.shape])).toEqual([
      ['cyberattacks', 'Cyberattacks', 'circle'],
      ['thefts', 'Thefts', 'square'],
      ['legal-actions', 'Legal actions', 'diamond'],
      ['events', 'Events', 'triangle'],
    ]);
    expect(byId('a-record-year-of-crypto-thefts')?.category).toBe('events');
  });

  it('reads quoted commas, newlines and entities in the text', () => {
    expect(byId('darkseoul-wiper-attack')?.summary).toBe(
      'Wiper malware erased hard drives at South Korean banks, including Shinhan, and broadcasters KBS, MBC and YTN.',
    );
    expect(byId('sony-pictures-hack')?.summary).toBe(
      'Hackers calling themselves the "Guardians of Peace" wiped computers at Sony Pictures & leaked films. The FBI blamed North Korea a month later.',
    );
  });

  it('turns links in the text and the media into undated sources, without confidence', () => {
    expect(byId('sony-pictures-hack')?.sources).toEqual([
      {
        title: 'FBI blamed North Korea',
        publisher: 'digitaltrends.com',
        url: 'https://www.digitaltrends.com/computing/official-north-korea-hacked-sony-pictures/',
      },
    ]);
    expect(byId('darkseoul-wiper-attack')?.sources[0]).toMatchObject({
      title: 'North Korea Tech',
      publisher: 'northkoreatech.org',
    });
    expect(byId('us-charges-park-jin-hyok')?.sources[0]).toMatchObject({
      title: 'The Press-Enterprise',
      publisher: 'pe.com',
    });
    expect(sample.events.every((e) => e.confidence === undefined)).toBe(true);
  });
});

describe('importTimelineJsCsv in any year', () => {
  it('reads negative years as years BC, years before 1000 and cosmological years, at their precision', () => {
    const result = imported(
      sheet(
        event({ Year: '-44', Month: '3', Day: '15', Headline: 'Caesar is killed' }),
        event({ Year: '650', Month: '', Day: '', Headline: 'A year before 1000' }),
        event({ Year: '-13800000000', Month: '', Day: '', Headline: 'The Big Bang' }),
        { Type: 'era', Year: '-509', 'End Year': '-27', Headline: 'Roman Republic' },
      ),
    );
    expect(result.events.map((e) => [e.title, e.start])).toEqual([
      ['The Big Bang', '-13800000000'],
      ['Caesar is killed', '-0044-03-15'],
      ['A year before 1000', '0650'],
    ]);
    expect(result.eras).toEqual([{ title: 'Roman Republic', start: '-0509', end: '-0027' }]);
  });
});

describe('importTimelineJsCsv with problem rows', () => {
  it('tolerates a byte-order mark and blank rows, and counts rows as a spreadsheet does', () => {
    const text = `\uFEFF${sheet(event({ Headline: 'First' }), {}, event({ Headline: 'Third', Month: '13' }))}`;
    const result = imported(text);
    expect(result.events.map((e) => e.title)).toEqual(['First']);
    expect(result.skipped).toEqual([
      'events: row 4, field "Month": "13" is not a month; write a number from 1 to 12',
    ]);
  });

  it.each([
    [
      'a year with a typo',
      event({ Year: '20l6' }),
      'row 3, field "Year": "20l6" is not a year; write a year such as 2016',
    ],
    [
      'a year with a decimal point',
      event({ Year: '2016.5' }),
      'row 3, field "Year": "2016.5" is not a whole year within 100 billion years',
    ],
    [
      'a missing year',
      event({ Year: '' }),
      'row 3, field "Year": is missing; write a year such as 2016',
    ],
    [
      '31 April',
      event({ Month: '4', Day: '31' }),
      'row 3, field "Day": "31" is not a day of Apr 2016, which has 30 days',
    ],
  ])('skips a row with %s, naming its row and column, and keeps the others', (_, bad, message) => {
    const result = imported(
      sheet(event({ Headline: 'Good' }), bad, event({ Headline: 'Also good', Year: '2017' })),
    );
    expect(result.events.map((e) => e.title)).toEqual(['Good', 'Also good']);
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped[0]).toContain(`events: ${message}`);
  });

  it.each([
    [
      'an impossible end date',
      event({ 'End Year': '2016', 'End Month': '2', 'End Day': '30' }),
      'row 3, field "End Day": "30" is not a day of Feb 2016, which has 29 days, so it is shown without an end',
    ],
    [
      'an end before the start',
      event({ 'End Year': '2015' }),
      'row 3, field "End Year": the end, 2015, is before the start, 2016-02-04; fix the end date or leave it empty, so it is shown without an end',
    ],
  ])('shows a row with %s without its end, with a warning', (_, bad, message) => {
    const result = imported(sheet(event({ Headline: 'Good' }), bad));
    expect(result.events.map((e) => [e.title, e.end])).toEqual([
      ['Bangladesh Bank heist', undefined],
      ['Good', undefined],
    ]);
    expect(result.skipped).toEqual([`events: ${message}`]);
  });

  it.each([
    ['its display date', { 'Display Date': 'Spring 1815' }, 'Spring 1815'],
    ['the first words of its text', { Text: '<p>Ada is born.</p>' }, 'Ada is born.'],
    [
      'the first words of a long text',
      { Text: 'Ada Lovelace is born in London to Lord Byron and Anne Isabella Milbanke.' },
      'Ada Lovelace is born in London to Lord Byron and Anne…',
    ],
    ['its date without a text', { Text: '' }, '4 Feb 2016'],
  ])('titles a slide without a headline by %s', (_, cells, title) => {
    const result = imported(sheet(event({ Headline: '', ...cells })));
    expect(result.events.map((e) => e.title)).toEqual([title]);
    expect(result.skipped).toEqual([]);
  });

  it('accepts an end day inside the month the start names', () => {
    const result = imported(
      sheet(
        event({
          Day: '',
          Month: '5',
          Year: '2018',
          'End Year': '2018',
          'End Month': '5',
          'End Day': '1',
        }),
      ),
    );
    expect(result.events[0]).toMatchObject({ start: '2018-05', end: '2018-05-01' });
    expect(result.skipped).toEqual([]);
  });

  it('drops a javascript: link and the content of a script tag but keeps the event', () => {
    const text =
      '<p>Stolen.</p><script>steal(document.cookie)</script><a href="javascript:alert(1)">Read more</a>';
    const [e] = imported(sheet(event({ Text: text, Media: 'javascript:alert(2)' }))).events;
    expect(e).toMatchObject({ summary: 'Stolen.\n\nRead more', sources: [] });
  });

  it('reports an http link and leaves it out, since sources must be https', () => {
    const result = imported(
      sheet(event({ Text: '<a href="http://example.org/report">Report</a>' })),
    );
    expect(result.events[0]?.sources).toEqual([]);
    expect(result.skipped).toEqual([
      'events: row 2, field "Text": the link http://example.org/report is not https, so it was left out of the sources; use its https:// address if it has one',
    ]);
  });

  it('gives events with the same headline unique ids', () => {
    const rows = ['2014', '2016', '2017'].map((Year) =>
      event({ Year, Headline: 'Lazarus strikes' }),
    );
    expect(imported(sheet(...rows)).events.map((e) => e.id)).toEqual([
      'lazarus-strikes',
      'lazarus-strikes-2',
      'lazarus-strikes-3',
    ]);
  });

  it('shows both of two events with the same headline and date, as TimelineJS does, with a warning on the second', () => {
    const result = imported(sheet(event(), event()));
    expect(result.events).toHaveLength(2);
    expect(result.skipped).toEqual([
      'events: row 3, field "Headline": another event has the same title and date (2016-02-04); both are shown: if they are one event, remove one',
    ]);
  });

  it('gives an event without text no summary, and shortens long text', () => {
    const [short, long] = imported(
      sheet(
        event({ Text: '' }),
        event({ Year: '2017', Headline: 'x'.repeat(130), Text: 'word '.repeat(200) }),
      ),
    ).events;
    expect(short?.summary).toBeUndefined();
    expect(long?.title).toHaveLength(120);
    expect(long?.title.endsWith('…')).toBe(true);
    expect(long?.summary).toHaveLength(800);
    expect(long?.summary?.endsWith('…')).toBe(true);
  });

  it('reports an era without an end and leaves it out', () => {
    const result = imported(sheet(event(), { Type: 'era', Year: '2016', Headline: 'Open era' }));
    expect(result.eras).toEqual([]);
    expect(result.skipped).toEqual([
      'eras: row 3, field "End Year": is missing; an era needs an end date',
    ]);
  });

  it('fails with every problem when no row is valid', () => {
    const result = importTimelineJsCsv(sheet(event({ Year: 'soon' })));
    expect(!result.ok && result.errors.map(formatValidationError)).toEqual([
      'events: row 2, field "Year": "soon" is not a year; write a year such as 2016',
      'events: file, field "events": no valid events to show; fix the problems above',
    ]);
  });
});
