/**
 * Finds the largest size, from 1 down to `min` in steps of `step`, at which something fits: it
 * applies each size and asks `overflows` (which measures). Returns the size it settled on, which
 * is `min` if nothing larger fits. How a slide's type steps down to fit its screen; the measuring
 * is injected, so this runs in Node.
 */
export function stepDown(
  apply: (size: number) => void,
  overflows: () => boolean,
  min = 0.6,
  step = 0.05,
): number {
  let size = 1;
  apply(size);
  while (overflows() && size - step >= min - 1e-9) {
    size = Math.round((size - step) * 1000) / 1000;
    apply(size);
  }
  return size;
}
