import { flushSync } from 'svelte';
import { whenIdle } from './whenIdle.ts';

// A phone's screenful of rows at once, the rest in slices when the page is idle, each slice
// sized to take about SLICE_MS: on a slow phone a 500-row list is built without a long task, so
// the page answers input while it grows (total blocking time).
const FIRST_ROWS = 12;
const SLICE_MS = 12;
// A slice's cost is its script only; the layout and paint after it grow with it too.
const MAX_SLICE = 32;

/**
 * The first rows of `all()` that are drawn so far: a screenful at once, then more in idle-time
 * slices until all are drawn. Call it while a component starts (it runs an effect).
 */
export function growingRows<T>(all: () => readonly T[]): { readonly rows: readonly T[] } {
  let built = $state(FIRST_ROWS);
  let slice = 4;
  const rows = $derived(all().slice(0, built));
  $effect(() => {
    if (built >= all().length) return;
    return whenIdle(() => {
      const start = performance.now();
      built += slice;
      // Draws the slice now, so its cost is known (and this effect schedules the next one).
      flushSync();
      const took = performance.now() - start;
      if (took < SLICE_MS / 2 && slice < MAX_SLICE) slice *= 2;
      else if (took > SLICE_MS && slice > 1) slice = Math.ceil(slice / 2);
    });
  });
  return {
    get rows() {
      return rows;
    },
  };
}
