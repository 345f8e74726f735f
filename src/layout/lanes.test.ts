import { timeScale } from './timeScale.ts';
import { describe, expect, it } from 'vitest';
import { toTimelineEvent } from '../data/timelineEvent.ts';
import { eventRecord } from '../testing/fixtures.ts';
import { COMPACT, laneBox, layoutLanes as layoutInputs, METRICS } from './lanes.ts';
import type { TimelineEvent } from '../data/timelineEvent.ts';

// The old shape of the call: all events, and the lanes to show.
const layoutLanes = (events: TimelineEvent[], lanes: string[], scale: typeof x) =>
  layoutInputs(
    lanes.map((category) => ({ category, events: events.filter((e) => e.category === category) })),
    scale,
  );

const x = timeScale([Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)], [0, 1000]);
const ev = (id: string, start: string, extra = {}) =>
  toTimelineEvent(eventRecord({ id, start, ...extra }));

describe('layoutLanes', () => {
  it('gives each visible category one lane, in order, stacked below the axis', () => {
    const { lanes } = layoutLanes([], ['theft', 'legal'], x);
    expect(lanes.map((l) => l.category)).toEqual(['theft', 'legal']);
    expect(lanes[0]!.y).toBe(METRICS.axis);
    expect(lanes[1]!.y).toBe(lanes[0]!.y + lanes[0]!.height);
  });

  it('puts overlapping events on different rows', () => {
    const { marks } = layoutLanes([ev('a', '2016-02-04'), ev('b', '2016-02-05')], ['theft'], x);
    expect(marks.map((m) => m.row)).toEqual([0, 1]);
  });

  it('keeps distant events on the same row', () => {
    const { marks } = layoutLanes([ev('a', '2016-02-04'), ev('b', '2016-09-05')], ['theft'], x);
    expect(marks.map((m) => m.row)).toEqual([0, 0]);
  });

  it('stacks overlapping ranges so bars never overlap', () => {
    const events = [
      ev('a', '2016-02', { end: '2016-06' }),
      ev('b', '2016-04', { end: '2016-08' }),
      ev('c', '2016-07', { end: '2016-09' }),
    ];
    const { marks } = layoutLanes(events, ['theft'], x);
    const rows = new Map(marks.map((m) => [m.event.id, m.row]));
    expect(rows.get('a')).not.toBe(rows.get('b'));
    expect(rows.get('b')).not.toBe(rows.get('c'));
  });

  it('places a month-precision event in the middle of its month, not on the 1st', () => {
    const { marks } = layoutLanes([ev('a', '2016-02')], ['theft'], x);
    expect(marks[0]!.x).toBeCloseTo((x(Date.UTC(2016, 1, 1)) + x(Date.UTC(2016, 2, 1))) / 2);
    expect(marks[0]!.p0).toBeCloseTo(x(Date.UTC(2016, 1, 1)));
  });

  it('leaves out events of hidden categories', () => {
    expect(layoutLanes([ev('a', '2016-02', { category: 'legal' })], ['theft'], x).marks).toEqual(
      [],
    );
  });

  it('grows a lane by one row height per row', () => {
    const one = layoutLanes([ev('a', '2016-02-04')], ['theft'], x).lanes[0]!;
    const two = layoutLanes(
      [ev('a', '2016-02-04'), ev('b', '2016-02-04', { title: 'B' })],
      ['theft'],
      x,
    ).lanes[0]!;
    expect(two.height - one.height).toBe(METRICS.row);
  });
});

describe('layoutLanes with a dense lane', () => {
  it('puts the clusters and the lone events of a dense lane on one row, with a free row for labels', () => {
    const lone = ev('lone', '2016-09-01');
    const cluster = {
      key: 'theft:0',
      lane: 'theft',
      count: 40,
      t0: Date.UTC(2016, 1, 1),
      t1: Date.UTC(2016, 1, 20),
      x: 60,
      x0: 48,
      x1: 72,
      first: lone,
      last: lone,
    };
    const layout = layoutInputs([{ category: 'theft', events: [lone], clusters: [cluster] }], x);
    expect(layout.lanes[0]!.rows).toBe(2);
    expect(layout.marks.every((m) => m.row === 0)).toBe(true);
    expect(layout.clusters).toMatchObject([{ key: 'theft:0', count: 40, y: layout.marks[0]!.y }]);
  });
});

describe('laneBox', () => {
  const lane = { category: 'attack', y: 60, height: 80, rows: 2, header: 20 };

  it('leaves half the lane gap under a band, with the glyph and name in the header', () => {
    expect(laneBox(lane, METRICS)).toEqual({
      bandHeight: 76,
      glyphX: 4,
      glyphY: 64,
      nameX: 22,
      nameY: 75,
    });
  });

  it("keeps a compact lane's band almost as tall as the lane, its gap being 1 px", () => {
    expect(laneBox(lane, COMPACT).bandHeight).toBe(79.5);
  });
});
