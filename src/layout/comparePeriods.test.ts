import { describe, expect, it } from 'vitest';
import { toTimelineEvent } from '../data/timelineEvent.ts';
import { eventRecord } from '../testing/fixtures.ts';
import { formatComparePeriods, parseComparePeriods } from '../data/comparePeriodsText.ts';
import {
  COMPARE_NOTE,
  compareNote,
  OWN_DATA_COMPARE_NOTE,
  comparePeriods,
  periodRecord,
} from './comparePeriods.ts';
import { periodsAround } from './defaultComparison.ts';

const day = (s: string) => Date.parse(`${s}T00:00:00Z`);
const ev = (id: string, start: string, category = 'theft', amountUsd?: number) =>
  toTimelineEvent(eventRecord({ id, start, category, amountUsd }));
const SUMMIT = day('2018-06-12');
const [BEFORE, AFTER] = periodsAround(SUMMIT);

describe('compareNote', () => {
  it("keeps the curated data's caveats for data with thefts, and a plain note for any other file", () => {
    expect(compareNote(new Set(['theft', 'legal']))).toBe(COMPARE_NOTE);
    expect(compareNote(new Set(['events']))).toBe(OWN_DATA_COMPARE_NOTE);
    expect(OWN_DATA_COMPARE_NOTE).not.toMatch(/North Korea|theft/);
  });
});

describe('comparePeriods', () => {
  const events = [
    ev('old', '2017-01-01'),
    ev('a', '2017-09-01', 'theft', 5e6),
    ev('b', '2018-02', 'legal'),
    ev('c', '2018-06-12', 'theft', 31e6),
    ev('d', '2019-01-05', 'theft'),
    ev('e', '2019-06-12', 'theft', 1e9),
  ];
  const [before, after] = comparePeriods(events, [BEFORE!, AFTER!], ['theft', 'legal']);

  it('counts an event in the window where its date begins', () => {
    expect(before!.events.map((e) => e.id)).toEqual(['a', 'b']);
    expect(after!.events.map((e) => e.id)).toEqual(['c', 'd']);
  });

  it('counts each category, zeros included, in the order given', () => {
    expect(before!.byCategory).toEqual([
      { category: 'theft', count: 1 },
      { category: 'legal', count: 1 },
    ]);
    expect(after!.byCategory).toEqual([
      { category: 'theft', count: 2 },
      { category: 'legal', count: 0 },
    ]);
  });

  it('totals the thefts and counts those with no amount on record', () => {
    expect(after).toMatchObject({ thefts: 2, stolenUsd: 31e6, theftsWithoutAmount: 1 });
    expect(before).toMatchObject({ thefts: 1, stolenUsd: 5e6, theftsWithoutAmount: 0 });
  });
});

describe('parseComparePeriods', () => {
  it('reads two windows of inclusive days and writes them back the same', () => {
    const text = '2017-06-12/2018-06-11,2018-06-12/2019-06-11';
    const periods = parseComparePeriods(text)!;
    expect(periods[0]).toEqual({ from: day('2017-06-12'), to: day('2018-06-12') });
    expect(formatComparePeriods(periods)).toBe(text);
  });

  it('reads years and months as whole periods', () => {
    expect(parseComparePeriods('2017/2017,2018-01/2018-12')).toEqual([
      { from: day('2017-01-01'), to: day('2018-01-01') },
      { from: day('2018-01-01'), to: day('2019-01-01') },
    ]);
  });

  it.each([
    ['nothing', null],
    ['one window', '2017/2018'],
    ['three windows', '2017/2017,2018/2018,2019/2019'],
    ['a window that ends before it starts', '2018-06-01/2017-01-01,2018/2019'],
    ['a date that does not exist', '2018-02-30/2018-03-01,2018/2019'],
    ['an extra slash', '2017/2018/2019,2018/2019'],
    ['script', '<script>/x,y/z'],
  ])('ignores %s', (_, text) => {
    expect(parseComparePeriods(text)).toBeNull();
  });
});

describe('periodRecord', () => {
  it('gives a window as inclusive days with its thefts and its events per category', () => {
    const [before] = comparePeriods(
      [ev('a', '2017-09-01', 'theft', 5e6), ev('b', '2018-02', 'legal'), ev('c', '2018-03-01')],
      [BEFORE!, AFTER!],
      ['theft', 'legal'],
    );
    expect(periodRecord(before!, 'Before')).toEqual({
      period: 'Before',
      from: '2017-06-12',
      to: '2018-06-11',
      thefts: 2,
      stolenUsd: 5e6,
      theftsWithoutAmount: 1,
      eventsPerCategory: { theft: 2, legal: 1 },
    });
  });
});
