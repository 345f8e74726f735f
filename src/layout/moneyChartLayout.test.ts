import { describe, expect, it } from 'vitest';
import { toTimelineEvent } from '../data/timelineEvent.ts';
import { eventRecord } from '../testing/fixtures.ts';
import { moneyChartLayout } from './moneyChartLayout.ts';
import { cumulativeThefts } from './moneySeries.ts';

const ev = (id: string, start: string, extra = {}) =>
  toTimelineEvent(eventRecord({ id, start, ...extra }));
const points = cumulativeThefts([
  ev('a', '2016-01-01', { amountUsd: 100 }),
  ev('b', '2017-01-01', { amountUsd: 300 }),
  ev('c', '2018-01-01', { amountUsd: 600 }),
]);
const times = Float64Array.from(points, (p) => p.t);
const box = { width: 300, height: 120, top: 10, markers: 20 };
const range = (from: string, to: string) => ({ from: Date.parse(from), to: Date.parse(to) });

describe('moneyChartLayout', () => {
  it('keeps only the thefts inside the window', () => {
    const layout = moneyChartLayout(points, times, [], range('2016-06-01', '2017-06-01'), box);
    expect(layout.inView.map((p) => p.event.id)).toEqual(['b']);
  });

  it('starts the curve at the running total before the window and ends it at the total inside', () => {
    const layout = moneyChartLayout(points, times, [], range('2016-06-01', '2017-06-01'), box);
    const ys = [...layout.path.matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m) => Number(m[2]));
    expect(ys[0]).toBeCloseTo(layout.y(100));
    expect(ys.at(-1)).toBeCloseTo(layout.y(400));
  });

  it('maps the window onto the full width, on the same scale as the timeline', () => {
    const layout = moneyChartLayout(points, times, [], range('2016-01-01', '2018-01-01'), box);
    expect(layout.x(Date.parse('2016-01-01'))).toBe(0);
    expect(layout.x(Date.parse('2018-01-01'))).toBe(300);
  });

  it('puts the grid inside the box, above the markers row', () => {
    const layout = moneyChartLayout(points, times, [], range('2016-01-01', '2018-01-01'), box);
    expect(layout.ticks.length).toBeGreaterThan(1);
    for (const t of layout.ticks) {
      expect(t.y).toBeGreaterThanOrEqual(box.top);
      expect(t.y).toBeLessThanOrEqual(box.height - box.markers);
    }
  });

  it("writes each grid line's value 3 px above the line", () => {
    const layout = moneyChartLayout(points, times, [], range('2016-01-01', '2018-01-01'), box);
    for (const t of layout.ticks) expect(t.labelY).toBe(t.y - 3);
  });

  it('places each marker at the middle of its date period', () => {
    const marker = ev('s', '2017', { category: 'sanction' });
    const layout = moneyChartLayout(points, times, [marker], range('2017-01-01', '2018-01-01'), {
      ...box,
      width: 365,
    });
    expect(layout.markers[0]!.x).toBeCloseTo(182.5, 0);
  });

  it('centres the markers in the markers row at the bottom', () => {
    const marker = ev('s', '2017', { category: 'sanction' });
    const layout = moneyChartLayout(
      points,
      times,
      [marker],
      range('2017-01-01', '2018-01-01'),
      box,
    );
    expect(layout.markers[0]!.y).toBe(box.height - box.markers / 2);
  });
});
