import { DAY } from '../data/day.ts';
import { formatUsd } from '../data/formatUsd.ts';
import { formatWindow } from '../data/partialDate.ts';
import type { PeriodSummary } from './comparePeriods.ts';
import type { TextMeasure } from './textWidth.ts';
import { compareScales } from './periodStrip.ts';
import { wrapLines } from './wrapLines.ts';

/** The exported comparison's sizes, px: type, rows, the room for labels and counts. */
export const FIGURE = {
  margin: 12,
  gap: 32,
  headPx: 16,
  textPx: 13,
  rowHeight: 22,
  labelWidth: 150,
  countWidth: 40,
  stripHeight: 14,
  notePx: 12,
  lineHeight: 16,
} as const;

/** One category's row in a window: its count and the length of its bar. */
export interface FigureRow {
  category: string;
  label: string;
  count: number;
  /** The row's top, from the figure's top. */
  y: number;
  barWidth: number;
}

/** One window, drawn as a column: where it sits, its lines of text, its rows and its strip of events. */
export interface FigureColumn {
  x: number;
  width: number;
  heading: string;
  thefts: string;
  rows: FigureRow[];
  /** The window's events as ticks on a strip drawn at the figure's shared time scale. */
  strip: { y: number; width: number; ticks: number[] };
}

/** The comparison laid out for an image: two columns, then the note on what the numbers can show. */
export interface CompareFigure {
  columns: FigureColumn[];
  note: { y: number; lines: string[] };
  height: number;
}

/** "4 thefts, $67,200,000 stolen (1 with no amount on record)", as the Compare view words it. */
export function theftsText(s: PeriodSummary): string {
  const missing = s.theftsWithoutAmount
    ? ` (${s.theftsWithoutAmount} with no amount on record)`
    : '';
  return `${s.thefts} theft${s.thefts === 1 ? '' : 's'}, ${formatUsd(s.stolenUsd)} stolen${missing}`;
}

/**
 * Lays out the Compare view for an exported image, at `width`: the windows side by side, each with
 * its dates, thefts, a bar per category on one shared count scale and a strip of its events on one
 * shared time scale (as on screen), and the note wrapped across the whole width below them.
 */
export function compareFigure(
  summaries: readonly PeriodSummary[],
  options: {
    labels: readonly string[];
    categoryLabel: (id: string) => string;
    note: string;
    width: number;
    measure: TextMeasure;
  },
): CompareFigure {
  const { labels, categoryLabel, note, width, measure } = options;
  const columnWidth = (width - 2 * FIGURE.margin - FIGURE.gap) / 2;
  const barRoom = Math.max(0, columnWidth - FIGURE.labelWidth - FIGURE.countWidth);
  const { maxCount, maxSpan } = compareScales(summaries);
  const rowsTop = 52;
  const columns = summaries.map((s, i): FigureColumn => {
    const { from, to } = s.range;
    const stripWidth = (columnWidth * (to - from)) / maxSpan;
    return {
      x: FIGURE.margin + i * (columnWidth + FIGURE.gap),
      width: columnWidth,
      heading: `${labels[i] ?? ''}: ${formatWindow(from, to - DAY)}`,
      thefts: theftsText(s),
      rows: s.byCategory.map((c, r) => ({
        category: c.category,
        label: categoryLabel(c.category),
        count: c.count,
        y: rowsTop + r * FIGURE.rowHeight,
        barWidth: (c.count / maxCount) * barRoom,
      })),
      strip: {
        y: rowsTop + s.byCategory.length * FIGURE.rowHeight + 8,
        width: stripWidth,
        ticks: s.events.map((e) => ((e.t0 - from) / (to - from)) * stripWidth),
      },
    };
  });
  const stripBottom = Math.max(rowsTop, ...columns.map((c) => c.strip.y + FIGURE.stripHeight));
  const lines = wrapLines(note, width - 2 * FIGURE.margin, FIGURE.notePx, measure);
  const noteY = stripBottom + 24;
  return {
    columns,
    note: { y: noteY, lines },
    height: noteY + Math.max(0, lines.length - 1) * FIGURE.lineHeight + 8,
  };
}
