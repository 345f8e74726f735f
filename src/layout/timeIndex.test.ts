import { describe, expect, it } from 'vitest';
import { toTimelineEvent } from '../data/timelineEvent.ts';
import { eventRecord } from '../testing/fixtures.ts';
import {
  countAt,
  countIn,
  createLaneIndex,
  eventsIn,
  indexByLane,
  rangesRunningAt,
} from './timeIndex.ts';

const ev = (id: string, start: string, extra = {}) =>
  toTimelineEvent(eventRecord({ id, start, ...extra }));
const day = (s: string) => Date.parse(s);

describe('eventsIn', () => {
  const index = createLaneIndex([
    ev('long', '2015-01', { end: '2017-12' }),
    ev('a', '2016-03-01'),
    ev('b', '2016-06-01'),
    ev('c', '2018-01-01'),
  ]);
  it('finds the points in a window by binary search', () => {
    expect(eventsIn(index, day('2016-05-01'), day('2016-07-01')).map((e) => e.id)).toEqual([
      'long',
      'b',
    ]);
  });
  it('includes a range that began before the window and is still running', () => {
    expect(eventsIn(index, day('2017-06-01'), day('2017-07-01')).map((e) => e.id)).toEqual([
      'long',
    ]);
  });
  it('finds a multi-year campaign anywhere inside it, without scanning what came before', () => {
    const campaign = ev('campaign', '2001-01', { end: '2019-12' });
    const lane = createLaneIndex([
      campaign,
      ...Array.from({ length: 50 }, (_, i) => ev(`p${i}`, `${2002 + (i % 15)}-06-01`)),
      ev('late', '2019-06-10'),
    ]);
    expect(
      eventsIn(lane, day('2019-06-01'), day('2019-07-01'))
        .map((e) => e.id)
        .sort(),
    ).toEqual(['campaign', 'late']);
  });

  it('finds nothing in an empty window', () => {
    expect(eventsIn(index, day('2019-01-01'), day('2020-01-01'))).toEqual([]);
  });
});

describe('rangesRunningAt', () => {
  it('lists the bars that began before an instant and still run past it', () => {
    const lane = createLaneIndex([
      ev('bar', '2016-01-01', { end: '2016-03-01' }),
      ev('point', '2016-01-15'),
      ev('over', '2015-12-01', { end: '2015-12-20' }),
    ]);
    expect(rangesRunningAt(lane, day('2016-02-01')).map((e) => e.id)).toEqual(['bar']);
  });
});

describe('countAt', () => {
  it('counts the events drawn in a window without listing them', () => {
    const index = createLaneIndex(
      ['01', '02', '03', '04'].map((m, i) => ev(`e${i}`, `2016-${m}-10`)),
    );
    expect(countAt(index, day('2016-02-01'), day('2016-04-01'))).toBe(2);
  });
});

describe('countIn', () => {
  const index = createLaneIndex([
    ev('campaign', '2014-01', { end: '2017-12' }),
    ev('bar', '2015-11-01', { end: '2016-02-01' }),
    ev('year', '2016'),
    ev('a', '2016-03-01'),
    ev('later', '2018-01-01'),
  ]);
  it.each([
    ['a window that bars from before it run into', '2016-01-01', '2016-04-01'],
    ['a window inside a year-precision date', '2016-07-01', '2016-08-01'],
    ['a window after everything', '2019-01-01', '2019-02-01'],
    ['the whole span', '2013-01-01', '2019-01-01'],
  ])('counts exactly the events eventsIn lists, for %s', (_, from, to) => {
    expect(countIn(index, day(from), day(to))).toBe(eventsIn(index, day(from), day(to)).length);
  });
});

describe('indexByLane', () => {
  it('makes one index per category', () => {
    const lanes = indexByLane([ev('a', '2016'), ev('b', '2017', { category: 'legal' })]);
    expect([...lanes.keys()].sort()).toEqual(['legal', 'theft']);
  });
});
