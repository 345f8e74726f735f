import { timeScale } from './timeScale.ts';
import { describe, expect, it } from 'vitest';
import { toTimelineEvent } from '../data/timelineEvent.ts';
import { eventRecord } from '../testing/fixtures.ts';
import { countAt, createLaneIndex, eventsIn, indexByLane, rangesRunningAt } from './timeIndex.ts';
import { clusterLane } from './clusterLane.ts';

const ev = (id: string, start: string, extra = {}) => toTimelineEvent(eventRecord({ id, start, ...extra }));
const day = (s: string) => Date.parse(s);

describe('eventsIn', () => {
  const index = createLaneIndex([
    ev('long', '2015-01', { end: '2017-12' }),
    ev('a', '2016-03-01'),
    ev('b', '2016-06-01'),
    ev('c', '2018-01-01'),
  ]);
  it('finds the points in a window by binary search', () => {
    expect(eventsIn(index, day('2016-05-01'), day('2016-07-01')).map((e) => e.id)).toEqual(['long', 'b']);
  });
  it('includes a range that began before the window and is still running', () => {
    expect(eventsIn(index, day('2017-06-01'), day('2017-07-01')).map((e) => e.id)).toEqual(['long']);
  });
  it('finds a multi-year campaign anywhere inside it, without scanning what came before', () => {
    const campaign = ev('campaign', '2001-01', { end: '2019-12' });
    const lane = createLaneIndex([campaign, ...Array.from({ length: 50 }, (_, i) => ev(`p${i}`, `${2002 + (i % 15)}-06-01`)), ev('late', '2019-06-10')]);
    expect(eventsIn(lane, day('2019-06-01'), day('2019-07-01')).map((e) => e.id).sort()).toEqual(['campaign', 'late']);
  });

  it('finds nothing in an empty window', () => {
    expect(eventsIn(index, day('2019-01-01'), day('2020-01-01'))).toEqual([]);
  });
});

describe('rangesRunningAt', () => {
  it('lists the bars that began before an instant and still run past it', () => {
    const lane = createLaneIndex([ev('bar', '2016-01-01', { end: '2016-03-01' }), ev('point', '2016-01-15'), ev('over', '2015-12-01', { end: '2015-12-20' })]);
    expect(rangesRunningAt(lane, day('2016-02-01')).map((e) => e.id)).toEqual(['bar']);
  });
});

describe('countAt', () => {
  it('counts the events drawn in a window without listing them', () => {
    const index = createLaneIndex(['01', '02', '03', '04'].map((m, i) => ev(`e${i}`, `2016-${m}-10`)));
    expect(countAt(index, day('2016-02-01'), day('2016-04-01'))).toBe(2);
  });
});

describe('indexByLane', () => {
  it('makes one index per category', () => {
    const lanes = indexByLane([ev('a', '2016'), ev('b', '2017', { category: 'legal' })]);
    expect([...lanes.keys()].sort()).toEqual(['legal', 'theft']);
  });
});

describe('clusterLane', () => {
  const events = Array.from({ length: 30 }, (_, i) => ev(`d${i}`, `2016-03-${String(i + 1).padStart(2, '0')}`)).concat(ev('alone', '2016-10-15'));
  const index = createLaneIndex(events);
  const x = timeScale([day('2016-01-01'), day('2017-01-01')], [0, 1000]);

  it('groups events closer than a bin into one cluster with their count', () => {
    const { clusters } = clusterLane('theft', index, x, 120);
    expect(clusters.reduce((n, c) => n + c.count, 0)).toBe(30);
    expect(clusters.length).toBeLessThanOrEqual(2);
  });
  it('leaves an event alone in its bin as an ordinary mark', () => {
    expect(clusterLane('theft', index, x, 120).singles.map((e) => e.id)).toEqual(['alone']);
  });
  it('splits clusters as you zoom in', () => {
    const zoomed = timeScale([day('2016-03-01'), day('2016-03-15')], [0, 1000]);
    const { clusters, singles } = clusterLane('theft', index, zoomed, 24);
    expect(clusters.length).toBe(0);
    expect(singles.length).toBeGreaterThanOrEqual(14);
  });
  it('keeps the same bins while zooming a little, so clusters only move', () => {
    const closer = timeScale([day('2016-01-04'), day('2016-12-29')], [0, 1000]);
    const keys = (s: typeof x) => clusterLane('theft', index, s, 120).clusters.map((c) => c.key);
    expect(keys(closer)).toEqual(keys(x));
  });

  it('keeps bin edges on a fixed grid, so a small pan does not regroup', () => {
    const panned = timeScale([day('2016-01-05'), day('2017-01-05')], [0, 1000]);
    const keys = (s: typeof x) => clusterLane('theft', index, s, 120).clusters.map((c) => c.key);
    expect(keys(panned)).toEqual(keys(x));
  });
});
