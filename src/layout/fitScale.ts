/** The least a fitted chart is shrunk to: below a quarter its type is unreadable anyway. */
const MIN_SCALE = 0.25;
/** A scale grows back only when the content fits this much larger: its height was measured mid-change. */
const REGROW = 1.15;

/**
 * The scale that fits content `innerHeight` tall (as last measured, at `scale`) into a box
 * `boxHeight` tall, between a quarter and `maxScale`: it shrinks as soon as the content is too
 * tall, and grows back only with clear room to spare; otherwise `scale` stays as it is.
 */
export function refitScale(
  scale: number,
  boxHeight: number,
  innerHeight: number,
  maxScale: number,
): number {
  if (!boxHeight || !innerHeight) return scale;
  const fits = boxHeight / innerHeight;
  if (fits < scale || fits > scale * REGROW) return Math.max(MIN_SCALE, Math.min(maxScale, fits));
  return scale;
}

/**
 * Where content scaled by `scale` sits in its box: laid out at the box's width divided by the scale
 * (so that, scaled, it spans the box), and moved down to the middle when it is shorter than the box.
 */
export function fitPlacement(
  box: { width: number; height: number },
  innerHeight: number,
  scale: number,
): { width: number; offset: number } {
  return {
    width: box.width / scale,
    offset: Math.max(0, (box.height - innerHeight * scale) / 2),
  };
}

/** How a chart is fitted to its box: its scale, and whether its lanes are fitted to the box. */
export interface ChartFit {
  scale: number;
  /** Laid out to the box's height at `scale` (its lanes share the rows, clustering if need be). */
  squeeze: boolean;
}

/** What a fitted chart is told: the height it must fit, unscaled, when it is squeezed. */
export interface FitRoom {
  /** The box's height divided by the scale when the chart is squeezed; else null. */
  height: number | null;
}

/**
 * refitScale for a chart that can also be laid out shorter: content too tall at `minScale` is not
 * shrunk further (its type would be too small to read) but squeezed, laid out to the box's height
 * at `minScale`; only if that still does not fit is it shrunk below. A squeezed chart never grows
 * back, which would only cost it rows.
 */
export function refitChart(
  fit: ChartFit,
  boxHeight: number,
  innerHeight: number,
  maxScale: number,
  minScale: number,
): ChartFit {
  const scale = refitScale(fit.scale, boxHeight, innerHeight, maxScale);
  if (scale === fit.scale || (fit.squeeze && scale > fit.scale)) return fit;
  const floor = Math.min(minScale, maxScale);
  if (scale < floor && !fit.squeeze) return { scale: floor, squeeze: true };
  return { scale, squeeze: fit.squeeze };
}

/**
 * A squeezed chart shrunk below `minScale` while its content was moving (an animated zoom, whose
 * frames on the way may need more rows), tried again at `minScale` once the content is still.
 */
export function retryFloor(fit: ChartFit, maxScale: number, minScale: number): ChartFit {
  const floor = Math.min(minScale, maxScale);
  return fit.squeeze && fit.scale < floor ? { scale: floor, squeeze: true } : fit;
}
