import type { RunResult } from './measureRun.ts';
import type { Side } from './benchServer.ts';

/** The median of the values, or null for none. */
export function median(values: number[]): number | null {
  return percentile(values, 50);
}

/** The nearest-rank percentile (0-100) of the values, or null for none. */
function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

type MetricKey =
  | 'firstRenderMs'
  | 'heapMB'
  | 'domNodes'
  | 'loadLongestTaskMs'
  | 'frameMedianMs'
  | 'frameP95Ms'
  | 'framesOver50'
  | 'longTaskMs'
  | 'interactionMs';

export const METRICS: { key: MetricKey; label: string; unit: string }[] = [
  { key: 'firstRenderMs', label: 'time to first render', unit: 'ms' },
  { key: 'heapMB', label: 'JS heap after GC', unit: 'MB' },
  { key: 'domNodes', label: 'DOM elements', unit: '' },
  { key: 'loadLongestTaskMs', label: 'longest task, loading', unit: 'ms' },
  { key: 'frameMedianMs', label: 'frame interval, median', unit: 'ms' },
  { key: 'frameP95Ms', label: 'frame interval, p95', unit: 'ms' },
  { key: 'framesOver50', label: 'frames over 50 ms', unit: '' },
  { key: 'longTaskMs', label: 'long-task time', unit: 'ms' },
  { key: 'interactionMs', label: 'gesture wall time', unit: 'ms' },
];

/** The medians of one side at one size; a metric is null (shown "DNF") when the median run did not reach it. */
export interface SideSummary {
  side: Side;
  size: number;
  runs: number;
  unfinished: number;
  medians: Record<MetricKey, number | null>;
}

/** Each metric of one run, or null where that step did not finish. */
function metricsOf(run: RunResult): Record<MetricKey, number | null> {
  const i = run.interaction;
  const frames = i?.frameIntervalsMs ?? [];
  return {
    firstRenderMs: run.firstRenderMs,
    heapMB: run.heapBytes === null ? null : run.heapBytes / 1_048_576,
    domNodes: run.domNodes,
    loadLongestTaskMs: run.loadLongestTaskMs,
    frameMedianMs: i ? median(frames) : null,
    frameP95Ms: i ? percentile(frames, 95) : null,
    framesOver50: i ? frames.filter((f) => f > 50).length : null,
    longTaskMs: i ? i.longTaskMs : null,
    interactionMs: i ? i.durationMs : null,
  };
}

/** Medians over the runs of one side and size, counting an unfinished step as slower than any finished one. */
export function summarize(runs: RunResult[], side: Side, size: number): SideSummary | null {
  const mine = runs.filter((r) => r.side === side && r.size === size);
  if (mine.length === 0) return null;
  const all = mine.map(metricsOf);
  const medians = Object.fromEntries(
    METRICS.map(({ key }) => {
      const m = median(all.map((metrics) => metrics[key] ?? Infinity));
      return [key, m === Infinity ? null : m];
    }),
  ) as Record<MetricKey, number | null>;
  return {
    side,
    size,
    runs: mine.length,
    unfinished: mine.filter((r) => !r.interaction).length,
    medians,
  };
}
