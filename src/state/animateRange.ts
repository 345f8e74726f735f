import type { TimeRange } from '../layout/timeRange.ts';

/**
 * Cubic ease-in-out, as d3-ease's easeCubicInOut: slow, fast, slow. Written out here because
 * d3-ease's single-file build brings every easing (0.4 KB gzipped) into the first download for this one.
 */
export const easeCubicInOut = (t: number): number =>
  ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;

let frame = 0;
// Bumped by every start and cancel, so a path that arrives after a newer call is dropped.
let generation = 0;

/**
 * d3-interpolate, loaded on the first animation rather than with the page: it shares a chunk with
 * the gesture code (d3-zoom needs it too), which loads right after the first render, so by the
 * first click it is usually there already; in the first download it would bring d3-color along.
 */
const loadInterpolate = () => import('d3-interpolate');

/** Stops a running animation, e.g. when the reader starts a gesture of their own. */
export function cancelRangeAnimation(): void {
  cancelAnimationFrame(frame);
  frame = 0;
  generation++;
}

/**
 * Moves the view to `target` smoothly (zooming out and back in over long distances, as
 * d3.interpolateZoom does), or at once when the reader prefers reduced motion. A new call, or
 * cancelRangeAnimation, interrupts the one running.
 */
export function animateRange(
  current: TimeRange,
  target: TimeRange,
  apply: (r: TimeRange) => void,
): void {
  cancelRangeAnimation();
  const reduce =
    typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  if (reduce) return apply(target);
  const mine = generation;
  void loadInterpolate().then(({ interpolateZoom }) => {
    if (mine === generation) run(interpolateZoom, current, target, apply);
  });
}

function run(
  interpolateZoom: typeof import('d3-interpolate').interpolateZoom,
  current: TimeRange,
  target: TimeRange,
  apply: (r: TimeRange) => void,
): void {
  const a = [(current.from + current.to) / 2, 0, current.to - current.from] as const;
  const b = [(target.from + target.to) / 2, 0, target.to - target.from] as const;
  const zoom = interpolateZoom([...a], [...b]);
  // From a few days to billions of years (a cosmological file), interpolateZoom's logarithms
  // underflow and its path is NaN; then the span changes geometrically and the centre with it.
  const path = zoom(0.5).every(Number.isFinite) ? zoom : geometricZoom(a, b);
  // interpolateZoom suggests a duration for its path; keep it between a glance and a breath.
  const duration = Math.min(1400, Math.max(350, path.duration * 0.5));
  const start = performance.now();
  const step = (now: number) => {
    const t = Math.min(1, (now - start) / duration);
    const [centre, , span] = path(easeCubicInOut(t));
    apply({ from: centre - span / 2, to: centre + span / 2 });
    frame = t < 1 ? requestAnimationFrame(step) : 0;
  };
  frame = requestAnimationFrame(step);
}

/** A zoom path whose span changes by a constant factor per step, the centre following the span. */
function geometricZoom(
  [c0, , w0]: readonly [number, number, number],
  [c1, , w1]: readonly [number, number, number],
): ((t: number) => [number, number, number]) & { duration: number } {
  const path = (t: number): [number, number, number] => {
    const w = w0 * (w1 / w0) ** t;
    return [c0 + (c1 - c0) * (w1 === w0 ? t : (w - w0) / (w1 - w0)), 0, w];
  };
  return Object.assign(path, { duration: 2800 }); // run() halves it, to its longest, 1.4 s
}
