import { bisectLeft, bisectRight, nice, ticks } from 'd3-array';
import { curveStepAfter, line } from 'd3-shape';
import type { TimelineEvent } from '../data/timelineEvent.ts';
import type { MoneyPoint } from './moneySeries.ts';
import { timeScale, type TimeScale } from './timeScale.ts';

/** The money chart's box: its size and the bands kept for the top tick and the markers row. */
export interface MoneyChartBox {
  width: number;
  height: number;
  /** Space above the highest value, px. */
  top: number;
  /** Height of the markers row at the bottom, px. */
  markers: number;
}

/** What the money chart draws for one window: positions only, ready for the component. */
export interface MoneyChartLayout {
  x: TimeScale;
  /** The thefts in the window, in time order. */
  inView: MoneyPoint[];
  /** The step curve of the running total across the window. */
  path: string;
  /** Horizontal grid lines with their values, each value written just above its line. */
  ticks: { value: number; y: number; labelY: number }[];
  /** The markers (sanctions, legal actions) in the window, with their centres in the markers row. */
  markers: { event: TimelineEvent; x: number; y: number }[];
  /** The y of a running total. */
  y: (usd: number) => number;
}

/**
 * Lays out the cumulative-thefts curve for the window [from, to] on the timeline's own time scale.
 * `times` are the points' instants (sorted, as the points are): the window is found by bisection,
 * so a zoom frame costs the thefts in view, not all of them.
 */
export function moneyChartLayout(
  points: readonly MoneyPoint[],
  times: ArrayLike<number>,
  markers: readonly TimelineEvent[],
  range: { from: number; to: number },
  box: MoneyChartBox,
): MoneyChartLayout {
  const x = timeScale([range.from, range.to], [0, box.width]);
  // A linear map like the time axis's; d3-array rounds the top to a nice value and picks the ticks
  // (d3-scale would bring d3-interpolate's colour code along for the same two calls).
  const [, top] = nice(0, points.at(-1)?.cumulative ?? 1, 3);
  const y = timeScale([0, top], [box.height - box.markers - 4, box.top]);
  // From the first point at or after the window's start to the last at or before its end.
  const first = bisectLeft(times, range.from);
  const end = bisectRight(times, range.to);
  const inView = points.slice(first, end);
  // The running total as it stands at the window's start, then each theft in view, then the end.
  const steps: [number, number][] = [
    [x(range.from), y(points[first - 1]?.cumulative ?? 0)],
    ...inView.map((p): [number, number] => [x(p.t), y(p.cumulative)]),
    [x(range.to), y(points[end - 1]?.cumulative ?? 0)],
  ];
  return {
    x,
    inView,
    path: line().curve(curveStepAfter)(steps) ?? '',
    ticks: ticks(0, top, 3).map((value) => ({ value, y: y(value), labelY: y(value) - 3 })),
    markers: markers.map((event) => ({
      event,
      x: x((event.t0 + event.t1) / 2),
      y: box.height - box.markers / 2,
    })),
    y,
  };
}
