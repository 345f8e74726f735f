import { describe, expect, it } from 'vitest';
import { toTimelineEvent, type TimelineEvent } from '../data/timelineEvent.ts';
import { eventRecord } from '../testing/fixtures.ts';
import { COMPACT, layoutLanes, METRICS, type LaneLayout } from './lanes.ts';
import { estimateWidth, LABEL_GAP, labelText, placeLabels, type PlacedLabel } from './labels.ts';
import { clusterRadius } from './clusterLane.ts';
import { markSpan } from './markSpan.ts';
import { timeScale } from './timeScale.ts';
import { laneInputs } from './laneInputs.ts';
import { indexByLane } from './timeIndex.ts';

const x = timeScale([Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)], [0, 1000]);
const ev = (id: string, start: string, extra = {}) =>
  toTimelineEvent(eventRecord({ id, start, title: `${id} event title`, ...extra }));
const lay = (events: TimelineEvent[], scale = x, lanes = ['theft']): LaneLayout =>
  layoutLanes(
    lanes.map((category) => ({
      category,
      events: events.filter((e) => e.category === category),
    })),
    scale,
  );
const place = (events: TimelineEvent[], width = 1000, opts = {}) =>
  placeLabels(lay(events), width, opts);

type Box = [number, number, number, number];
const boxOf = (l: PlacedLabel): Box => [l.x, l.y - 7, l.x + estimateWidth(l.text), l.y + 7];
/** Whether two boxes come closer than LABEL_GAP. */
const hit = (a: Box, b: Box) =>
  a[0] < b[2] + LABEL_GAP &&
  b[0] < a[2] + LABEL_GAP &&
  a[1] < b[3] + LABEL_GAP &&
  b[1] < a[3] + LABEL_GAP;

/** Every box a label comes within LABEL_GAP of: other labels, glyphs, bars, clusters, lane headers. */
function collisions(
  layout: LaneLayout,
  labels: PlacedLabel[],
  width: number,
  header = 0,
): string[] {
  const found: string[] = [];
  const [gx, gy] = [11, 12];
  labels.forEach((l, i) => {
    const b = boxOf(l);
    if (b[0] < 0 || b[2] > width) found.push(`${l.id} leaves the chart`);
    labels.slice(i + 1).forEach((o) => hit(b, boxOf(o)) && found.push(`${l.id} x ${o.id}`));
    for (const m of layout.marks) {
      if (m.event.id === l.id) continue;
      if (hit(b, [m.x - gx, m.y - gy, m.x + gx, m.y + gy]))
        found.push(`${l.id} x glyph ${m.event.id}`);
      const span = markSpan(m);
      if (span && hit(b, [span.x0, m.y - span.half, span.x1, m.y + span.half]))
        found.push(`${l.id} x ${span.bar ? 'bar' : 'span'} ${m.event.id}`);
    }
    for (const c of layout.clusters) {
      const r = clusterRadius(c.count);
      // A landmark hidden in the cluster is labelled beside it, or with a leader from it.
      const beside = Math.abs(l.y - c.y) < 1 && [b[0] - c.x - r, c.x - r - b[2]].includes(4);
      const led = l.leader !== undefined && Math.abs(l.leader.x - c.x) <= r;
      const own = beside || led;
      if (!own && hit(b, [c.x - r, c.y - r, c.x + r, c.y + r])) found.push(`${l.id} x cluster`);
    }
    for (const lane of layout.lanes)
      if (hit(b, [0, lane.y, header, lane.y + METRICS.laneHeader]))
        found.push(`${l.id} x header ${lane.category}`);
  });
  return found;
}

describe('placeLabels', () => {
  it('labels an event to the right of its mark when there is room', () => {
    const [label] = place([ev('a', '2016-03-01')]);
    expect(label).toMatchObject({ id: 'a' });
    expect(label!.x).toBeGreaterThan(x(Date.UTC(2016, 2, 1)));
  });

  it('moves a label to the left of its mark near the right edge', () => {
    const [label] = place([ev('a', '2016-12-20')]);
    expect(label!.x + estimateWidth(label!.text)).toBeLessThan(x(Date.UTC(2016, 11, 20)));
  });

  it('uses the short title, and shortens a title that has none', () => {
    expect(labelText({ title: 'Sony Pictures Entertainment hack', shortTitle: 'Sony hack' })).toBe(
      'Sony hack',
    );
    expect(labelText({ title: 'Bangladesh Bank heist: $81 million stolen' })).toBe(
      'Bangladesh Bank heist',
    );
  });

  it('keeps every label 4 px off other labels, glyphs and bars in a crowded lane', () => {
    const events = Array.from({ length: 40 }, (_, i) =>
      ev(
        `e${i}`,
        `2016-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + ((i * 7) % 27)).padStart(2, '0')}`,
        {
          importance: i % 5 === 0 ? 3 : undefined,
          ...(i % 6 === 0 ? { end: '2016-12-31' } : {}),
        },
      ),
    );
    for (const width of [320, 390, 1000]) {
      const scale = timeScale([Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)], [0, width]);
      const layout = lay(events, scale);
      const labels = placeLabels(layout, width, { headerWidth: () => 90 });
      expect(collisions(layout, labels, width, 90), `${width} px`).toEqual([]);
    }
  });

  it('starts a month-dated label past its own faint month span, not over it', () => {
    const [label] = place([ev('may', '2016-05', { shortTitle: 'A May event' })]);
    expect(label!.y).toBe(lay([ev('may', '2016-05')]).marks[0]!.y);
    expect(label!.x).toBeGreaterThanOrEqual(x(Date.UTC(2016, 5, 1)) + 4);
  });

  it('draws a label left of a month-dated mark clear of its month span too', () => {
    const [label] = place([ev('dec', '2016-12', { shortTitle: 'A December event' })]);
    expect(label!.x + estimateWidth(label!.text)).toBeLessThanOrEqual(x(Date.UTC(2016, 11, 1)) - 4);
  });

  it("keeps labels off other events' long bars and the faint spans of coarse dates", () => {
    const events = [
      // A year's and a month's span, and two long ranges, under a row of day-precise marks.
      ev('year', '2016', { shortTitle: 'Year-long campaign' }),
      ev('month', '2016-05', { shortTitle: 'A May event' }),
      ev('long', '2016-02-01', { end: '2016-11-30', shortTitle: 'Long operation' }),
      ev('late', '2016-08-01', { end: '2016-12-31', shortTitle: 'Late operation' }),
      ...Array.from({ length: 14 }, (_, i) =>
        ev(`d${i}`, `2016-${String(1 + (i % 12)).padStart(2, '0')}-${10 + i}`, {
          importance: i % 4 === 0 ? 3 : undefined,
          shortTitle: `Day event ${i}`,
        }),
      ),
    ];
    for (const width of [390, 1366, 1920]) {
      const scale = timeScale([Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)], [0, width]);
      const layout = lay(events, scale);
      expect(layout.marks.some((m) => markSpan(m)?.bar === false)).toBe(true);
      const labels = placeLabels(layout, width, { headerWidth: () => 90 });
      expect(collisions(layout, labels, width, 90), `${width} px`).toEqual([]);
      expect(labels.length, `${width} px`).toBeGreaterThan(width > 1000 ? 3 : 1);
    }
  });

  it('labels every landmark in view first, down to 320 px', () => {
    const events = [
      ...Array.from({ length: 12 }, (_, i) =>
        ev(`m${i}`, `2016-${String(i + 1).padStart(2, '0')}-10`),
      ),
      ev('sony', '2016-05-20', { importance: 3, shortTitle: 'Sony Pictures hack' }),
      ev('wannacry', '2016-06-02', { importance: 3, shortTitle: 'WannaCry' }),
    ];
    const scale = timeScale([Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)], [0, 320]);
    const layout = lay(events, scale);
    const labels = placeLabels(layout, 320, { headerWidth: () => 90 });
    expect(labels.map((l) => l.id)).toEqual(expect.arrayContaining(['sony', 'wannacry']));
    expect(collisions(layout, labels, 320, 90)).toEqual([]);
  });

  it('puts a label in a free row with a leader line when both sides of its mark are taken', () => {
    const events = [
      ev('left', '2016-06-03'),
      ev('star', '2016-06-11', { importance: 3, shortTitle: 'Star' }),
      ev('right', '2016-06-19'),
    ];
    const labels = place(events);
    const star = labels.find((l) => l.id === 'star')!;
    expect(star.leader).toBeDefined();
    expect(star.y).not.toBe(lay(events).marks.find((m) => m.event.id === 'star')!.y);
  });

  it('labels a landmark hidden inside a cluster at the cluster', () => {
    const crowd = Array.from({ length: 200 }, (_, i) =>
      ev(
        `c${i}`,
        `2016-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      ),
    );
    const bybit = ev('bybit', '2016-03-15', { importance: 3, shortTitle: 'Bybit theft' });
    const events = [...crowd, bybit];
    const layout = layoutLanes(laneInputs(['theft'], indexByLane(events), x, 1000), x);
    expect(layout.clusters.length).toBeGreaterThan(0);
    const labels = placeLabels(layout, 1000, { landmarks: [bybit] });
    expect(labels.map((l) => l.id)).toContain('bybit');
    expect(collisions(layout, labels, 1000)).toEqual([]);
  });

  it('labels two landmarks hidden in one cluster, and a third nearby, 4 px apart, down to 296 px', () => {
    const crowd = Array.from({ length: 120 }, (_, i) =>
      ev(
        `c${i}`,
        `2016-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      ),
    );
    const marks = [
      ev('darkseoul', '2016-03-10', { importance: 3, shortTitle: 'DarkSeoul' }),
      ev('sony', '2016-03-14', { importance: 3, shortTitle: 'Sony Pictures hack' }),
      ev('wannacry', '2016-07-01', { importance: 3, shortTitle: 'WannaCry' }),
    ];
    for (const width of [296, 1000]) {
      const scale = timeScale([Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)], [0, width]);
      const events = [...crowd, ...marks];
      const layout = layoutLanes(laneInputs(['theft'], indexByLane(events), scale, width), scale);
      const labels = placeLabels(layout, width, { landmarks: marks, headerWidth: () => 60 });
      expect(
        labels.map((l) => l.id),
        `${width} px`,
      ).toEqual(expect.arrayContaining(['darkseoul', 'sony', 'wannacry']));
      expect(collisions(layout, labels, width, 60), `${width} px`).toEqual([]);
    }
  });

  it('gives a contested label to the more important event, not the earlier one', () => {
    const labels = place([
      ev('aaa', '2016-02-06'),
      ev('bbb', '2016-04-01', { importance: 2 }),
      ev('ccc', '2016-04-19'),
    ]);
    expect(labels.map((l) => l.id)).toContain('bbb');
  });

  it('labels the selected event before any other', () => {
    const crowd = ['02-01', '02-08', '02-15', '02-22', '03-01', '03-08', '03-15'].map((d, i) =>
      ev(`e${i}`, `2016-${d}`),
    );
    expect(place(crowd, 1000, { pinned: 'e3' }).map((l) => l.id)).toContain('e3');
  });

  it('names the selected event across other bars when its one row has no room beside them', () => {
    // A compact lane of one row: two long ranges on either side of the selected point.
    const events = [
      ev('before', '2016-01-05', { end: '2016-06-25', shortTitle: 'Earlier operation' }),
      ev('open', '2016-06-30', { shortTitle: 'Selected theft' }),
      ev('after', '2016-07-05', { end: '2016-12-28', shortTitle: 'Later operation' }),
    ];
    const layout = layoutLanes([{ category: 'theft', events }], x, 30, [1], COMPACT);
    const labels = placeLabels(layout, 1000, { pinned: 'open', metrics: COMPACT });
    const open = labels.find((l) => l.id === 'open');
    expect(open).toMatchObject({ acrossBars: true });
    expect(labels.filter((l) => l.id !== 'open').every((l) => !l.acrossBars)).toBe(true);
  });

  it('names the selected event drawn over its own cluster beside the cluster, in a lane of one row', () => {
    // The open event is drawn as a mark over the cluster it belongs to (pinnedEvents); the
    // cluster's circle is its own, so its label starts past the circle's edge.
    const open = ev('open', '2016-06-30', { shortTitle: 'Selected attribution' });
    const at = x(open.t0);
    const r = clusterRadius(3);
    const cluster = {
      key: 'theft:a',
      lane: 'theft',
      count: 3,
      t0: open.t0 - 5 * 86_400_000,
      t1: open.t0 + 5 * 86_400_000,
      x: at + 2,
      x0: at + 2 - r,
      x1: at + 2 + r,
      first: open,
      last: open,
    };
    const layout = layoutLanes(
      [{ category: 'theft', events: [open], clusters: [cluster] }],
      x,
      30,
      [1],
      COMPACT,
    );
    const labels = placeLabels(layout, 1000, { pinned: 'open', metrics: COMPACT });
    const label = labels.find((l) => l.id === 'open');
    expect(label?.x).toBeGreaterThanOrEqual(at + 2 + r);
    expect(label?.acrossBars).toBeUndefined();
  });

  it('leaves an event unlabelled when there is no room at all', () => {
    expect(place([ev('a', '2016-06-01')], 60)).toEqual([]);
  });
});
