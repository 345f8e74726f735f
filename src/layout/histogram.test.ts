import { describe, expect, it } from 'vitest';
import { toTimelineEvent } from '../data/timelineEvent.ts';
import { eventRecord } from '../testing/fixtures.ts';
import { histogram } from './histogram.ts';

const ev = (id: string, start: string, category = 'theft') =>
  toTimelineEvent(eventRecord({ id, start, category }));
const extent = { from: Date.UTC(2010, 0, 1), to: Date.UTC(2020, 0, 1) };

describe('histogram', () => {
  const h = histogram(
    [ev('a', '2010-06-01'), ev('b', '2010-07-01'), ev('c', '2019-06-01', 'legal')],
    extent,
    10,
  );
  it('counts each category per slice of the extent', () => {
    expect([...h.counts.get('theft')!]).toEqual([2, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(h.counts.get('legal')![9]).toBe(1);
  });
  it('knows the fullest slice, for the vertical scale', () => {
    expect(h.max).toBe(2);
  });
});
