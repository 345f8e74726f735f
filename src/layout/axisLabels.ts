import type { AxisTicks } from './ticks.ts';
import type { TextMeasure } from './textWidth.ts';
import type { TimeScale } from './timeScale.ts';

/** The font sizes the axis draws its two rows in, px. */
export const AXIS_FONT = { context: 13, tick: 12 } as const;
/** Gap between a tick line and its label, px. */
const GAP = 4;

/** An axis label placed at its x, for the component to draw. */
export interface AxisLabel {
  t: number;
  x: number;
  label: string;
}

/** A tick: its grid line at `x`, its label at `labelX` (drawn only when `show`). */
export interface AxisTick extends AxisLabel {
  labelX: number;
  show: boolean;
}

/**
 * Which axis labels to draw and where: a label that would run off the chart's right edge is left
 * out, and the context label pinned at the left edge gives way when the next one is about to
 * slide over it.
 */
export function axisLabels(
  ticks: Pick<AxisTicks, 'ticks' | 'context'>,
  x: TimeScale,
  width: number,
  measure: TextMeasure,
): { context: AxisLabel[]; ticks: AxisTick[] } {
  const fits = (t: number, label: string, px: number) => x(t) + GAP + measure(label, px) <= width;
  const context = ticks.context
    .filter(
      (c, i, all) =>
        i > 0 || !all[1] || x(all[1].t) - x(c.t) > measure(c.label, AXIS_FONT.context) + 3 * GAP,
    )
    .filter((c) => fits(c.t, c.label, AXIS_FONT.context))
    .map((c) => ({ t: c.t, x: x(c.t) + GAP, label: c.label }));
  return {
    context,
    ticks: ticks.ticks.map((t) => ({
      t: t.t,
      x: x(t.t),
      labelX: x(t.t) + GAP,
      label: t.label,
      show: fits(t.t, t.label, AXIS_FONT.tick),
    })),
  };
}
