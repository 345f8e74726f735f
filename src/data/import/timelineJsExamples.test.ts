import { describe, expect, it } from 'vitest';
import { formatDateSpan } from '../partialDate.ts';
import { importedOrThrow, readFixture } from './fixtures/importedOrThrow.ts';
import { importDataset } from './importDataset.ts';

/** One of TimelineJS's own examples (see fixtures/README.md), imported as a reader would. */
const example = (name: string) => importedOrThrow(importDataset(readFixture(name)));
const dates = (result: ReturnType<typeof example>) =>
  Object.fromEntries(result.events.map((e) => [e.title, formatDateSpan(e.startDate, e.endDate)]));

describe("TimelineJS's eras template (years 602 to 720)", () => {
  const result = example('timelinejs-eras-template.json');

  it('shows every event, at the years and days written', () => {
    expect(result.events).toHaveLength(9);
    expect(dates(result)).toMatchObject({
      'Last great Roman-Persian War.': '602 – 629',
      'Muhammad Migrates from Mecca to Medina': '9 Aug 622 – 23 Aug 622',
      'Arab army takes Carthage': '698',
    });
    expect(result.skipped).toEqual([]);
  });

  it('brings its three eras, in time order, as the dataset’s eras', () => {
    expect(result.eras).toEqual([
      { title: 'Era Test 600-650', start: '0600', end: '0650' },
      { title: 'Era Test 650-700', start: '0650', end: '0700' },
      { title: 'Era Test 700-720', start: '0700', end: '0720' },
    ]);
  });
});

describe("TimelineJS's cosmology template (from 13.8 billion years ago)", () => {
  const result = example('timelinejs-cosmo-template.json');

  it('places every event, from the Big Bang to 3500 BC, in time order', () => {
    expect(result.events.map((e) => formatDateSpan(e.startDate, e.endDate))).toEqual([
      '13.8 billion years ago',
      '13,799,630,000 years ago',
      '12.8 billion years ago',
      '4.6 billion years ago',
      '538.8 million years ago – 251.902 million years ago',
      '315,000 BC',
      '3500 BC',
    ]);
    expect(result.title).toBe('Cosmological Scale Timeline');
  });
});

describe("TimelineJS's Mark Twain example (slides without a headline)", () => {
  const result = example('timelinejs-marktwain-excerpt.json');

  it('keeps every slide, titling those without a headline by their text or media caption', () => {
    expect(result.events).toHaveLength(7);
    expect(result.events.map((e) => e.title)).toEqual(
      expect.arrayContaining([
        'a Youtube video',
        'a tweet',
        'another youtube video',
        expect.stringMatching(/^Samuel Langhorne Clemens/),
      ]),
    );
  });

  it('leaves its http media out of the sources, saying so, and shows the slides', () => {
    expect(result.leftOut).toBe(0);
    expect(result.skipped.every((line) => line.includes('is not https'))).toBe(true);
  });
});

describe('eras in this timeline’s own JSON', () => {
  it('are read leniently: an id is made from the title, and a bad era is reported and left out', () => {
    const result = importedOrThrow(
      importDataset(
        JSON.stringify({
          events: [{ title: 'Caesar is killed', start: '-0044-03-15' }],
          eras: [
            { title: 'Roman Republic', start: '-0509', end: '-0027' },
            { title: 'Roman Empire', start: '-0027', end: '0476' },
            { title: 'Bad', start: 'soon' },
          ],
        }),
      ),
    );
    expect(result.eras).toEqual([
      { title: 'Roman Republic', start: '-0509', end: '-0027' },
      { title: 'Roman Empire', start: '-0027', end: '0476' },
    ]);
    expect(result.dataset.eras?.map((e) => e.id)).toEqual(['roman-republic', 'roman-empire']);
    expect(result.skipped).toEqual([expect.stringMatching(/^eras: .*"start"/)]);
  });
});
