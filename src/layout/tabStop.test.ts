import { describe, expect, it } from 'vitest';
import { tabStop } from './tabStop.ts';

const mark = (id: string, t0: number) => ({ event: { id, t0 } });
const marks = [mark('b', 20), mark('a', 10), mark('c', 30)];
const clusters = [{ key: 'theft:4' }, { key: 'theft:9' }];

describe('tabStop', () => {
  it('puts the tab stop on the focused event when its mark is drawn', () => {
    expect(tabStop(marks, clusters, 'c')).toEqual({ eventId: 'c', clusterKey: null });
  });

  it('falls back to the earliest drawn event when the focused one is not drawn', () => {
    expect(tabStop(marks, clusters, 'gone')).toEqual({ eventId: 'a', clusterKey: null });
    expect(tabStop(marks, clusters, null)).toEqual({ eventId: 'a', clusterKey: null });
  });

  it('skips the events a search did not find', () => {
    expect(tabStop(marks, clusters, null, (id) => id !== 'a')).toEqual({
      eventId: 'b',
      clusterKey: null,
    });
  });

  it('puts the tab stop on the first cluster when no drawn event is found', () => {
    expect(tabStop(marks, clusters, null, () => false)).toEqual({
      eventId: null,
      clusterKey: 'theft:4',
    });
    expect(tabStop([], clusters, 'a')).toEqual({ eventId: null, clusterKey: 'theft:4' });
  });

  it('has no tab stop when nothing is drawn', () => {
    expect(tabStop([], [], null)).toEqual({ eventId: null, clusterKey: null });
  });
});
