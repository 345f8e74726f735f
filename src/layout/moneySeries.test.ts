import { describe, expect, it } from 'vitest';
import { toTimelineEvent } from '../data/timelineEvent.ts';
import { eventRecord } from '../testing/fixtures.ts';
import { cumulativeThefts, describeMoney, nearestPoint, responseMarkers } from './moneySeries.ts';

const ev = (id: string, start: string, extra = {}) =>
  toTimelineEvent(eventRecord({ id, start, ...extra }));
const events = [
  ev('b', '2018-01-26', { amountUsd: 500 }),
  ev('a', '2016-02', { amountUsd: 81 }),
  ev('no-amount', '2017'),
  ev('sanction', '2019-09-13', { category: 'sanction' }),
  ev('forfeiture', '2020-08-27', { category: 'legal', amountUsd: 28 }),
];

describe('cumulativeThefts', () => {
  it('adds up the thefts that give an amount, in time order', () => {
    expect(cumulativeThefts(events).map((p) => [p.event.id, p.cumulative])).toEqual([
      ['a', 81],
      ['b', 581],
    ]);
  });
  it('leaves out amounts of other categories, such as forfeitures', () => {
    expect(cumulativeThefts(events).some((p) => p.event.id === 'forfeiture')).toBe(false);
  });
  it('plots a month-precision theft in the middle of its month', () => {
    expect(new Date(cumulativeThefts(events)[0]!.t).toISOString().slice(0, 10)).toBe('2016-02-15');
  });
});

describe('responseMarkers', () => {
  it('marks sanctions and legal actions', () => {
    expect(responseMarkers(events).map((e) => e.id)).toEqual(['sanction', 'forfeiture']);
  });
});

describe('nearestPoint and describeMoney', () => {
  const points = cumulativeThefts(events);
  it('finds the theft nearest to an instant', () => {
    expect(nearestPoint(points, Date.UTC(2017, 11, 1))!.event.id).toBe('b');
  });
  it('summarises the curve in words', () => {
    expect(describeMoney(points, (n) => `$${n}`)).toBe(
      '2 thefts with a reported amount, 2016–2018, total $581. The largest is Event b ($500).',
    );
  });
  it('says so when nothing matches', () => {
    expect(describeMoney([], String)).toMatch(/^No thefts/);
  });
});
