import { easeCubicInOut } from 'd3-ease';
import { interpolateZoom } from 'd3-interpolate';
import type { TimeRange } from '../layout/timeRange.ts';

let frame = 0;

/** Stops a running animation, e.g. when the reader starts a gesture of their own. */
export function cancelRangeAnimation(): void {
  cancelAnimationFrame(frame);
  frame = 0;
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
  const path = interpolateZoom(
    [(current.from + current.to) / 2, 0, current.to - current.from],
    [(target.from + target.to) / 2, 0, target.to - target.from],
  );
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
