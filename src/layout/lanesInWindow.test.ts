import { describe, expect, it } from 'vitest';
import { toTimelineEvent } from '../data/timelineEvent.ts';
import { eventRecord } from '../testing/fixtures.ts';
import { lanesInWindow } from './lanesInWindow.ts';
import { indexByLane } from './timeIndex.ts';

const ev = (id: string, start: string, category: string) =>
  toTimelineEvent(eventRecord({ id, start, category }));
const index = indexByLane([
  ev('a', '2016-02-04', 'theft'),
  ev('b', '2017-05-12', 'cyberattack'),
  ev('c', '2018-09-06', 'legal'),
]);
const ALL = ['cyberattack', 'theft', 'legal', 'sanction'];
const year = (y: number) => ({ from: Date.UTC(y, 0, 1), to: Date.UTC(y + 1, 0, 1) });

describe('lanesInWindow', () => {
  it('keeps only the lanes with events in the window, in the categories order', () => {
    expect(lanesInWindow(index, ALL, { from: Date.UTC(2016, 0), to: Date.UTC(2018, 0) })).toEqual([
      'cyberattack',
      'theft',
    ]);
  });

  it("always keeps the step's own lane", () => {
    expect(lanesInWindow(index, ALL, year(2016), 'sanction')).toEqual(['theft', 'sanction']);
  });

  it('leaves out lanes whose category is hidden', () => {
    const twoYears = { from: Date.UTC(2017, 0), to: Date.UTC(2019, 0) };
    expect(lanesInWindow(index, ['theft', 'legal'], twoYears)).toEqual(['legal']);
  });

  it('keeps every lane when the window is empty', () => {
    expect(lanesInWindow(index, ALL, year(2010))).toEqual(ALL);
  });
});
