import { describe, expect, it } from 'vitest';
import { toTimelineEvent } from '../data/timelineEvent.ts';
import { toTimelineEra } from '../data/timelineEra.ts';
import { ERA_A, eventRecord } from '../testing/fixtures.ts';
import { estimateWidth } from './labels.ts';
import { COMPACT, METRICS } from './lanes.ts';
import { indexByLane } from './timeIndex.ts';
import { timelineLayout, type TimelineInputs } from './timelineLayout.ts';

const ev = (id: string, start: string, extra = {}) =>
  toTimelineEvent(eventRecord({ id, start, ...extra }));
const events = [ev('a', '2016-04-01'), ev('b', '2016-09-01', { category: 'legal' })];
const input: TimelineInputs = {
  range: { from: Date.UTC(2016, 0, 1), to: Date.UTC(2017, 0, 1) },
  width: 600,
  lanes: ['theft', 'legal'],
  laneIndex: indexByLane(events),
  pinned: [],
  eras: [],
  landmarks: [],
  selectedId: null,
  measure: estimateWidth,
  laneName: (id) => id,
};

describe('timelineLayout', () => {
  it('scales the window to the width and lays out one lane per category below the axis', () => {
    const { x, lanes } = timelineLayout(input);
    expect(x(input.range.from)).toBe(0);
    expect(x(input.range.to)).toBe(600);
    expect(lanes.lanes.map((l) => l.category)).toEqual(['theft', 'legal']);
    expect(lanes.lanes[0]!.y).toBe(METRICS.axis);
  });

  it('pushes the lanes down by the rows of the era strip when eras are drawn', () => {
    const { eras, lanes } = timelineLayout({ ...input, eras: [toTimelineEra(ERA_A)] });
    expect(eras.rows).toBe(1);
    expect(lanes.lanes[0]!.y).toBe(METRICS.axis + METRICS.eraRow);
  });

  it('labels the marks and gives the axis its ticks', () => {
    const { labels, ticks } = timelineLayout(input);
    expect(labels.map((l) => l.id).sort()).toEqual(['a', 'b']);
    expect(ticks.ticks.length).toBeGreaterThan(3);
  });

  it('compacts a short embed: lanes of a row each, their names in a gutter the scale starts after', () => {
    const { x, lanes, metrics, gutter } = timelineLayout({
      ...input,
      room: { viewport: 200, top: 40, below: 30, embed: true },
    });
    expect(metrics).toBe(COMPACT);
    expect(gutter.width).toBeGreaterThan(0);
    expect(x(input.range.to)).toBe(600 - gutter.width);
    expect(lanes.lanes.map((l) => l.y)).toEqual([COMPACT.axis, COMPACT.axis + 27]);
    expect(lanes.height).toBeLessThanOrEqual(200 - 40 - 30);
  });

  it('gives a compact lane a label row when its landmarks find no room beside their marks', () => {
    // A mark every eight days: no label fits between them on the lane's one row.
    const crowded = Array.from({ length: 40 }, (_, i) =>
      ev(`t${i}`, new Date(Date.UTC(2016, 1, 1 + 8 * i)).toISOString().slice(0, 10), {
        importance: i % 13 === 6 ? 3 : 1,
      }),
    );
    const landmarks = crowded.filter((e) => e.importance === 3);
    const frame = (viewport: number) =>
      timelineLayout({
        ...input,
        laneIndex: indexByLane([...crowded, events[1]!]),
        landmarks,
        room: { viewport, top: 40, below: 30, embed: true },
      });
    // Room for a label row (20 px) but not for a second row of marks (26 px).
    const roomy = frame(176);
    expect(roomy.metrics).toBe(COMPACT);
    expect(roomy.lanes.lanes.map((l) => l.header)).toEqual([COMPACT.labelRow, 0]);
    expect(roomy.labels.map((l) => l.id)).toEqual(
      expect.arrayContaining(landmarks.map((e) => e.id)),
    );
    expect(roomy.lanes.height).toBeLessThanOrEqual(176 - 40 - 30);
    // Without the room for a label row, the lanes keep a row each and the frame is not overrun.
    const tight = frame(160);
    expect(tight.lanes.lanes.map((l) => l.header)).toEqual([0, 0]);
    expect(tight.lanes.height).toBeLessThanOrEqual(160 - 40 - 30);
  });
});
