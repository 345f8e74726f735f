import type { TextMeasure } from './textWidth.ts';

/** The export's legend: font size, the room for a glyph, and the gaps, px. */
export const LEGEND = { fontPx: 13, glyph: 16, gap: 10, rowHeight: 22, margin: 12 } as const;

/**
 * Lays out legend items in rows across `width`, wrapping before an item that would cross the
 * right margin: the x and y of each item's top-left anchor and the y below the last row.
 */
export function legendRows<T extends { label: string }>(
  items: readonly T[],
  width: number,
  top: number,
  measure: TextMeasure,
): { placed: { item: T; x: number; y: number }[]; bottom: number } {
  let x = LEGEND.margin;
  let y = top;
  const placed = items.map((item) => {
    const w = LEGEND.glyph + measure(item.label, LEGEND.fontPx) + LEGEND.gap;
    if (x > LEGEND.margin && x + w > width - LEGEND.margin) {
      x = LEGEND.margin;
      y += LEGEND.rowHeight;
    }
    const at = { item, x, y };
    x += w;
    return at;
  });
  return { placed, bottom: y };
}
