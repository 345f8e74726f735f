import type { Histogram } from './histogram.ts';

/** One category's bars in the overview, as a single SVG path. */
export interface StackedBars<C> {
  category: C;
  d: string;
}

/**
 * The overview's histogram as stacked bars, one path per category (in the order given, bottom up):
 * a handful of elements whatever the data size. Each bin is `barPx` wide (1 px gap) and the
 * fullest bin is `height` tall; bars stand on the bottom edge, `bottom` px high.
 */
export function stackedBars<C extends { id: string }>(
  hist: Histogram,
  categories: readonly C[],
  { barPx, height, bottom }: { barPx: number; height: number; bottom: number },
): StackedBars<C>[] {
  const base = new Float64Array(hist.bins);
  return categories.flatMap((category) => {
    const row = hist.counts.get(category.id);
    if (!row) return [];
    let d = '';
    row.forEach((n, i) => {
      if (!n) return;
      const h = (n / hist.max) * height;
      d += `M${i * barPx},${bottom - base[i]! - h}h${barPx - 1}v${h}h${1 - barPx}z`;
      base[i]! += h;
    });
    return [{ category, d }];
  });
}
