import { describe, expect, it } from 'vitest';
import { toTimelineEvent } from '../data/timelineEvent.ts';
import { eventRecord } from '../testing/fixtures.ts';
import { allotRows, fitLanes, rowBudget } from './fitLanes.ts';
import { METRICS, layoutLanes } from './lanes.ts';
import { indexByLane } from './timeIndex.ts';
import { laneInputs } from './laneInputs.ts';
import { timeScale } from './timeScale.ts';

const x = timeScale([Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)], [0, 1000]);
const ev = (id: string, start: string, category = 'theft') =>
  toTimelineEvent(eventRecord({ id, start, category }));
/** Five events on one day in the theft lane (five rows needed), one in the legal lane. */
const events = [
  ...['a', 'b', 'c', 'd', 'e'].map((id) => ev(id, '2016-05-12')),
  ev('charges', '2016-09-01', 'legal'),
];
const lanes = ['theft', 'legal'];

describe('allotRows', () => {
  it.each([
    [[5, 1], 4, [3, 1]],
    [[2, 2, 2], 3, [1, 1, 1]],
    [[3, 2, 1], 5, [2, 2, 1]],
    [[1, 1], 10, [1, 1]],
    [[9, 9], Infinity, [3, 3]],
  ])('shares the rows %j within a budget of %d as %j', (needed, budget, rows) => {
    expect(allotRows(needed, budget)).toEqual(rows);
  });

  it('gives every lane one row even when the budget is smaller', () => {
    expect(allotRows([3, 3, 3], 1)).toEqual([1, 1, 1]);
  });
});

describe('fitLanes', () => {
  it('gives a lane the rows its events need when there is room', () => {
    const three = [...events.slice(2)];
    const layout = fitLanes(lanes, indexByLane(three), x, 1000, { top: 46, height: 1000 });
    expect(layout.lanes.map((l) => l.rows)).toEqual([3, 1]);
  });

  it('gives a full-size lane with a label row a row more than its marks need, without clustering', () => {
    const fit = { top: 46, height: 1000, labelRows: new Set(['legal']) };
    const layout = fitLanes(lanes, indexByLane(events.slice(3)), x, 1000, fit);
    expect(layout.lanes.map((l) => l.rows)).toEqual([2, 2]);
    expect(layout.clusters).toEqual([]);
  });

  it('clusters a lane that needs more rows than fit, instead of drawing marks on one another', () => {
    const layout = fitLanes(lanes, indexByLane(events), x, 1000, { top: 46, height: 1000 });
    expect(layout.clusters.map((c) => c.count)).toEqual([5]);
    expect(layout.marks.map((m) => m.event.id)).toEqual(['charges']);
  });

  it('lays out as if every lane were worked out with the crowded ones clustered', () => {
    const indexes = indexByLane(events);
    const fitted = fitLanes(lanes, indexes, x, 1000, { top: 46, height: 1000 });
    const inputs = laneInputs(lanes, indexes, x, 1000, [], new Set(['theft']));
    const rows = fitted.lanes.map((l) => l.rows);
    expect(fitted).toEqual(layoutLanes(inputs, x, 46, rows));
  });

  it('keeps the chart within the height it is given', () => {
    const many = [...events, ev('f', '2016-02-01'), ev('g', '2016-02-02'), ev('h', '2016-02-03')];
    for (const height of [160, 200, 260]) {
      const layout = fitLanes(lanes, indexByLane(many), x, 1000, { top: 46, height });
      expect(layout.height, `${height} px`).toBeLessThanOrEqual(height);
    }
  });

  it('gives up fitting when not every lane could have a row: the lanes take what they need', () => {
    const three = [...events.slice(2)];
    const layout = fitLanes(lanes, indexByLane(three), x, 1000, { top: 46, height: 100 });
    expect(layout.lanes.map((l) => l.rows)).toEqual([3, 1]);
  });

  it('counts the whole rows left under the axis once every lane has its header', () => {
    const header = METRICS.laneHeader + METRICS.laneGap;
    expect(rowBudget(2, { top: 46, height: 46 + 2 * header + 3 * METRICS.row + 5 })).toBe(3);
  });
});
