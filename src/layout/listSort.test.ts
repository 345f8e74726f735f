import { describe, expect, it } from 'vitest';
import { toTimelineEvent } from '../data/timelineEvent.ts';
import { eventRecord } from '../testing/fixtures.ts';
import { nextSort, sortRows } from './listSort.ts';

const ev = (id: string, start: string, amountUsd?: number) =>
  toTimelineEvent(eventRecord({ id, start, amountUsd }));
const events = [ev('b', '2017-01-01', 5), ev('a', '2016-01-01'), ev('c', '2018-01-01', 9)];
const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

describe('sortRows', () => {
  it('sorts by date either way', () => {
    expect(ids(sortRows(events, { key: 'date', dir: 1 }, 10))).toEqual(['a', 'b', 'c']);
    expect(ids(sortRows(events, { key: 'date', dir: -1 }, 10))).toEqual(['c', 'b', 'a']);
  });

  it('sorts by amount, largest first, with events that have none last', () => {
    expect(ids(sortRows(events, { key: 'amount', dir: -1 }, 10))).toEqual(['c', 'b', 'a']);
  });

  it('keeps only the first rows up to the limit', () => {
    expect(ids(sortRows(events, { key: 'date', dir: 1 }, 2))).toEqual(['a', 'b']);
  });
});

describe('nextSort', () => {
  it('flips the direction of the column already sorted by', () => {
    expect(nextSort({ key: 'date', dir: 1 }, 'date')).toEqual({ key: 'date', dir: -1 });
  });

  it('starts amounts largest first and dates oldest first', () => {
    expect(nextSort({ key: 'date', dir: 1 }, 'amount')).toEqual({ key: 'amount', dir: -1 });
    expect(nextSort({ key: 'amount', dir: -1 }, 'date')).toEqual({ key: 'date', dir: 1 });
  });
});
