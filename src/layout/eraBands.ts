import { eraLabel, type TimelineEra } from '../data/timelineEra.ts';
import type { TimeScale } from './timeScale.ts';

/** An era placed on screen: its band's extent (clipped to the chart), its label row and label. */
export interface EraBand {
  era: TimelineEra;
  /** Left and right edges of the band, within [0, width]. */
  x0: number;
  x1: number;
  /** The row of the era strip that holds its label. */
  row: number;
  /** The label drawn at the band's left edge, or null when there is no room (its name is still in the list). */
  label: string | null;
  /** Where the label starts. */
  labelX: number;
}

export interface EraLayout {
  bands: EraBand[];
  /** Rows of the era strip (0 when no era is in view). */
  rows: number;
}

const PAD = 4;
/** Rows the era strip may grow to; past that an era's label is left out. */
export const MAX_ERA_ROWS = 3;

/**
 * Lays out the eras that overlap the window as bands, and packs their labels into the fewest rows
 * of a strip above the lanes: a label starts at its band's left edge (or at the chart's edge for a
 * band that starts off screen) and may run past a narrow band, never over another label in its
 * row. Text is measured by the injected `measure`, so the layout is testable in Node.
 */
export function layoutEras(
  eras: readonly TimelineEra[],
  x: TimeScale,
  width: number,
  measure: (text: string) => number,
): EraLayout {
  const rowEnds: number[] = [];
  const bands: EraBand[] = [];
  const [from, to] = x.domain;
  for (const era of eras) {
    if (era.t1 <= from || era.t0 >= to) continue;
    const x0 = Math.max(0, x(era.t0));
    const x1 = Math.min(width, era.t1 === Infinity ? width : x(era.t1));
    const labelX = x0 + PAD;
    const text = eraLabel(era);
    const w = measure(text);
    // A label that would run off the right edge ends at it instead.
    const start = Math.min(labelX, width - PAD - w);
    const fits = start >= 0;
    let row = fits ? rowEnds.findIndex((end) => end + PAD * 2 <= start) : -1;
    if (fits && row === -1 && rowEnds.length < MAX_ERA_ROWS) row = rowEnds.push(-Infinity) - 1;
    if (row === -1) {
      // No room for its label: the band still shows, on the least busy row.
      bands.push({ era, x0, x1, row: 0, label: null, labelX });
      continue;
    }
    rowEnds[row] = Math.max(start + w, x1);
    bands.push({ era, x0, x1, row, label: text, labelX: start });
  }
  return { bands, rows: rowEnds.length };
}

/** Where an era's parts are drawn: its band down the lanes, its bar in the strip and its label. */
export interface EraBandBox {
  x: number;
  width: number;
  /** The band runs from the strip's top to the lanes' bottom. */
  y: number;
  height: number;
  /** The bar in the label strip, 3 px shorter than a row so that rows stay apart. */
  barY: number;
  barHeight: number;
  /** The label's vertical centre, in the middle of its bar. */
  labelY: number;
}

/** The boxes of one era band, given the strip's top, the lanes' bottom and a strip row's height. */
export function eraBandBox(band: EraBand, top: number, bottom: number, row: number): EraBandBox {
  const barY = top + band.row * row;
  const barHeight = row - 3;
  return {
    x: band.x0,
    width: band.x1 - band.x0,
    y: top,
    height: bottom - top,
    barY,
    barHeight,
    labelY: barY + barHeight / 2,
  };
}
