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
