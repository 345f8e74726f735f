import { describe, expect, it } from 'vitest';
import { toTimelineEvent } from '../data/timelineEvent.ts';
import { eventRecord } from '../testing/fixtures.ts';
import { clusterLane } from './clusterLane.ts';
import { createLaneIndex } from './timeIndex.ts';
import { timeScale } from './timeScale.ts';
import { DAY } from '../data/day.ts';

const ev = (id: string, start: string) => toTimelineEvent(eventRecord({ id, start }));
const day = (s: string) => Date.parse(s);
// One event a day through 2016: every bin of a zoomed-out view holds several.
const events = Array.from({ length: 366 }, (_, i) =>
  toTimelineEvent(
    eventRecord({
      id: `e${i}`,
      start: new Date(Date.UTC(2016, 0, 1) + i * DAY).toISOString().slice(0, 10),
    }),
  ),
);
const index = createLaneIndex(events);
const from = Date.UTC(2016, 0, 1);
const to = Date.UTC(2017, 0, 1);

describe('clusterLane', () => {
  it('keys each cluster by its lane and first event, which are unique', () => {
    const { clusters } = clusterLane('theft', index, timeScale([from, to], [0, 600]), 30);
    expect(clusters.length).toBeGreaterThan(1);
    expect(new Set(clusters.map((c) => c.key)).size).toBe(clusters.length);
    expect(clusters[0]!.key).toBe(`theft:${clusters[0]!.first.id}`);
  });

  it('when zooming in splits each cluster in two, the half that starts with the same event keeps its key', () => {
    const wide = clusterLane('theft', index, timeScale([from, to], [0, 600]), 30);
    const zoomed = clusterLane('theft', index, timeScale([from, to], [0, 1200]), 30);
    const before = new Set(wide.clusters.map((c) => c.key));
    const kept = zoomed.clusters.filter((c) => before.has(c.key)).length;
    expect(kept).toBeGreaterThanOrEqual(Math.floor(wide.clusters.length * 0.9));
  });
});

describe('clusterLane grouping', () => {
  const events = Array.from({ length: 30 }, (_, i) =>
    ev(`d${i}`, `2016-03-${String(i + 1).padStart(2, '0')}`),
  ).concat(ev('alone', '2016-10-15'));
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
