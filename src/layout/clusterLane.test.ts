import { describe, expect, it } from 'vitest';
import { toTimelineEvent } from '../data/timelineEvent.ts';
import { eventRecord } from '../testing/fixtures.ts';
import { clusterLane } from './clusterLane.ts';
import { createLaneIndex } from './timeIndex.ts';
import { timeScale } from './timeScale.ts';

const DAY = 86_400_000;
// One event a day through 2016: every bin of a zoomed-out view holds several.
const events = Array.from({ length: 366 }, (_, i) =>
  toTimelineEvent(eventRecord({ id: `e${i}`, start: new Date(Date.UTC(2016, 0, 1) + i * DAY).toISOString().slice(0, 10) })),
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
