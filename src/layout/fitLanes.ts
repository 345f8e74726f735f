import type { TimelineEvent } from '../data/timelineEvent.ts';
import type { TimeScale } from './timeScale.ts';
import type { LaneIndex } from './timeIndex.ts';
import { laneInputs } from './laneInputs.ts';
import { layoutLanes, rowsNeeded, METRICS, type ChartMetrics, type LaneLayout } from './lanes.ts';

/**
 * Shares out rows among lanes: each lane gets one, then the lanes with the most rows still wanted
 * get one more each in turn, while the total stays within `budget` and no lane passes `maxRows`.
 * A lane never gets more rows than it needs.
 */
export function allotRows(
  needed: readonly number[],
  budget: number,
  maxRows: number = METRICS.maxRows,
): number[] {
  const rows = needed.map(() => 1);
  let left = budget - rows.length;
  while (left > 0) {
    // The lane that wants the most rows more, and of those the one that has fewest.
    let best = -1;
    const want = (i: number) => Math.min(needed[i]!, maxRows) - rows[i]!;
    for (let i = 0; i < needed.length; i++)
      if (
        want(i) > 0 &&
        (best === -1 || want(i) > want(best) || (want(i) === want(best) && rows[i]! < rows[best]!))
      )
        best = i;
    if (best === -1) break;
    rows[best]!++;
    left--;
  }
  return rows;
}

/** Where the lanes go and how much room they have. */
export interface LaneFit {
  /** Top of the first lane, below the axis and the era strip. */
  top: number;
  /** Height the whole chart may take (axis and era strip included); Infinity for no limit. */
  height: number;
  /** The lanes' metrics: METRICS unless the chart is compact. */
  metrics?: ChartMetrics;
  /**
   * The lanes given a label row: in a compact chart a row above their marks; in a full-size one, a
   * row more than their marks need, if the budget has it (labels take its free room).
   */
  labelRows?: ReadonlySet<string>;
}

/** The number of whole rows the lanes may share within a chart `height` tall. */
export function rowBudget(
  lanes: number,
  { top, height, metrics = METRICS, labelRows = new Set() }: LaneFit,
): number {
  const perLane = metrics.laneHeader + metrics.laneGap;
  const labels = metrics.laneHeader ? 0 : labelRows.size * metrics.labelRow;
  return Math.floor((height - top - labels - lanes * perLane) / metrics.row);
}

/**
 * Lays out the lanes to fit a height: the rows are shared out by need (allotRows), and a lane
 * whose events need more rows than it gets is clustered instead of stretching the chart or
 * drawing marks on top of one another. With too little room for a row per lane, the lanes
 * take the rows they need (up to METRICS.maxRows) and the page or frame scrolls.
 */
export function fitLanes(
  lanes: readonly string[],
  indexes: ReadonlyMap<string, LaneIndex>,
  x: TimeScale,
  width: number,
  fit: LaneFit,
  pinned: readonly TimelineEvent[] = [],
): LaneLayout {
  const inputs = laneInputs(lanes, indexes, x, width, pinned);
  const needed = inputs.map((input) => rowsNeeded(input, x));
  const budget = rowBudget(lanes.length, fit);
  // A full-size lane given a label row asks for one row more than its marks need, for labels.
  const asked = (fit.metrics ?? METRICS).laneHeader
    ? needed.map((n, i) => n + Number(!!fit.labelRows?.has(inputs[i]!.category)))
    : needed;
  const rows = allotRows(asked, budget >= lanes.length ? budget : Infinity);
  const crowded = new Set(
    inputs.filter((input, i) => !input.clusters && needed[i]! > rows[i]!).map((i) => i.category),
  );
  // Only the crowded lanes are worked out again, clustered; the others keep their inputs.
  const clustered = new Map(
    laneInputs([...crowded], indexes, x, width, pinned, crowded).map((i) => [i.category, i]),
  );
  return layoutLanes(
    inputs.map((input) => clustered.get(input.category) ?? input),
    x,
    fit.top,
    rows,
    fit.metrics,
    fit.labelRows,
  );
}
