import { timeScale } from './timeScale.ts';
import { describe, expect, it } from 'vitest';
import { toTimelineEvent } from '../data/timelineEvent.ts';
import { eventRecord } from '../testing/fixtures.ts';
import { indexByLane } from './timeIndex.ts';
import { laneInputs } from './laneInputs.ts';

const ev = (id: string, start: string, extra = {}) =>
  toTimelineEvent(eventRecord({ id, start, ...extra }));
const many = Array.from({ length: 400 }, (_, i) =>
  ev(
    `t${i}`,
    `2016-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
  ),
);
const few = [
  ev('l1', '2016-05-01', { category: 'legal' }),
  ev('l2', '2016-08-01', { category: 'legal' }),
];
const indexes = indexByLane([...many, ...few]);
const x = timeScale([Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)], [0, 600]);

describe('laneInputs', () => {
  const [theft, legal] = laneInputs(['theft', 'legal'], indexes, x, 600);

  it('draws every event of a sparse lane', () => {
    expect(legal!.events.map((e) => e.id)).toEqual(['l1', 'l2']);
    expect(legal!.clusters).toBeUndefined();
  });

  it('clusters a dense lane, accounting for every event once', () => {
    const counted = theft!.clusters!.reduce((n, c) => n + c.count, 0) + theft!.events.length;
    expect(counted).toBe(400);
    expect(theft!.clusters!.length).toBeLessThanOrEqual(600 / 30 + 1);
  });

  it('always draws the pinned (selected or focused) event as a mark, even inside a cluster', () => {
    const [withPinned] = laneInputs(['theft'], indexes, x, 600, [many[7]!]);
    expect(withPinned!.events).toContain(many[7]);
  });

  it('draws an event pinned twice (selected and focused) only once', () => {
    const [legalLane] = laneInputs(['legal'], indexes, x, 600, [few[0]!, few[0]!]);
    expect(legalLane!.events.filter((e) => e.id === 'l1')).toHaveLength(1);
    const [theftLane] = laneInputs(['theft'], indexes, x, 600, [many[7]!, many[7]!]);
    expect(theftLane!.events.filter((e) => e.id === many[7]!.id)).toHaveLength(1);
  });

  it('keeps a bar that began before the window in a clustered lane', () => {
    const bar = ev('bar', '2015-11-01', { end: '2016-02-01' });
    const [lane] = laneInputs(['theft'], indexByLane([...many, bar]), x, 600);
    expect(lane!.clusters).toBeDefined();
    expect(lane!.events).toContain(bar);
  });

  it('draws a bar that began just before the window once in a lane clustered for want of rows', () => {
    const bar = ev('bar', '2015-12-31', { end: '2016-06-30', category: 'legal' });
    const lanes = indexByLane([...few, bar]);
    const [lane] = laneInputs(['legal'], lanes, x, 600, [], new Set(['legal']));
    expect(lane!.events.filter((e) => e.id === 'bar')).toHaveLength(1);
  });

  it('stops clustering once zoomed in far enough', () => {
    const week = timeScale([Date.UTC(2016, 2, 1), Date.UTC(2016, 2, 8)], [0, 600]);
    expect(laneInputs(['theft'], indexes, week, 600)[0]!.clusters).toBeUndefined();
  });
});
