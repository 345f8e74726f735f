/**
 * A linear map from UTC milliseconds to pixels and back: the part of d3-scale's scaleUtc that the
 * timeline and the overview use. Written out because scaleUtc brings d3-interpolate, d3-color,
 * d3-format and d3-time-format into the first download for what is one multiplication; the lazily
 * loaded money chart still uses d3-scale.
 */
export interface TimeScale {
  /** The pixel position of a UTC instant (outside the domain, extrapolated). */
  (t: number): number;
  /** The UTC instant at a pixel position. */
  invert(px: number): number;
  /** The first and last instant mapped, in ms. */
  readonly domain: readonly [number, number];
  /** The pixel positions they map to. */
  readonly range: readonly [number, number];
}

/** The time scale mapping `domain` (UTC ms) onto `range` (px); a zero-length domain maps to the range's middle. */
export function timeScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): TimeScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  // Normalise, then interpolate, as d3-scale does, so the ends of the domain land exactly on the ends of the range.
  const scale = (t: number) =>
    span === 0 ? (r0 + r1) / 2 : r0 * (1 - (t - d0) / span) + r1 * ((t - d0) / span);
  return Object.assign(scale, {
    invert: (px: number) => (span === 0 || r1 === r0 ? d0 : d0 + ((px - r0) / (r1 - r0)) * span),
    domain: [d0, d1] as const,
    range: [r0, r1] as const,
  });
}
