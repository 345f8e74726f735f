import type { Category, EventRecord } from '../data/schema.ts';
import { DAY } from '../data/day.ts';
import { formatWindow } from '../data/partialDate.ts';
import type { TimelineEvent } from '../data/timelineEvent.ts';
import { escapeMarkup } from '../data/escapeMarkup.ts';
import { FIGURE, compareFigure } from '../layout/compareFigure.ts';
import {
  COMPARE_LABELS,
  compareNote,
  periodRecord,
  type PeriodSummary,
} from '../layout/comparePeriods.ts';
import { symbolPath } from '../layout/symbolPath.ts';
import { canvasMeasure } from './canvasMeasure.ts';
import {
  download,
  framed,
  isDark,
  resolveColor,
  svgToPng,
  type ExportFrame,
} from './exportImage.ts';

/** The files the Download menu makes. */
export type ExportKind = 'png' | 'svg' | 'csv' | 'json';

/** The exported comparison is this wide, px: room for two windows side by side on a slide or page. */
const WIDTH = 1000;

/**
 * A standalone SVG of the Compare view: the two windows side by side, as laid out by
 * compareFigure, with the note on what the numbers can show, under the export's title and above
 * its credit line.
 */
export function exportCompareSvg(
  summaries: readonly PeriodSummary[],
  categoryById: Map<string, Category>,
  frame: Omit<ExportFrame, 'categories'>,
): { svg: string; width: number; height: number } {
  const fg = resolveColor('--fg');
  const muted = resolveColor('--muted');
  const line = resolveColor('--line');
  const dark = isDark();
  const figure = compareFigure(summaries, {
    labels: COMPARE_LABELS,
    categoryLabel: (id) => categoryById.get(id)?.label ?? id,
    note: compareNote(categoryById),
    width: WIDTH,
    measure: canvasMeasure,
  });
  const text = (x: number, y: number, size: number, fill: string, body: string, extra = '') =>
    `<text x="${x}" y="${y}" font-size="${size}" fill="${fill}"${extra}>${escapeMarkup(body)}</text>`;
  const columns = figure.columns.map((c) => {
    const barX = FIGURE.labelWidth + FIGURE.countWidth;
    const rows = c.rows.map((r) => {
      const category = categoryById.get(r.category);
      const color = category ? (dark ? category.colorDark : category.color) : fg;
      const glyph = category ? symbolPath(category.shape, 70) : null;
      return (
        (glyph
          ? `<path d="${glyph.d}" transform="translate(6,${r.y + 11}) rotate(${glyph.rotate})" fill="${color}"/>`
          : '') +
        text(16, r.y + 15, FIGURE.textPx, fg, r.label) +
        text(barX - 8, r.y + 15, FIGURE.textPx, fg, String(r.count), ' text-anchor="end"') +
        `<rect x="${barX}" y="${r.y + 4}" width="${r.barWidth}" height="12" fill="${color}"/>`
      );
    });
    const { y, width, ticks } = c.strip;
    const strip =
      `<rect x="0" y="${y}" width="${width}" height="${FIGURE.stripHeight}" fill="none" stroke="${line}"/>` +
      ticks
        .map(
          (t) =>
            `<rect x="${t}" y="${y + 2}" width="1.5" height="${FIGURE.stripHeight - 4}" fill="${fg}"/>`,
        )
        .join('');
    return (
      `<g transform="translate(${c.x},0)">` +
      text(0, 18, FIGURE.headPx, fg, c.heading, ' font-weight="700"') +
      text(0, 40, FIGURE.textPx, fg, c.thefts) +
      rows.join('') +
      strip +
      `</g>`
    );
  });
  const note = figure.note.lines
    .map((l, i) =>
      text(FIGURE.margin, figure.note.y + i * FIGURE.lineHeight, FIGURE.notePx, muted, l),
    )
    .join('');
  return framed(columns.join('') + note, WIDTH, figure.height, { ...frame, categories: [] });
}

/**
 * Downloads the comparison as `kind`: its image (PNG or SVG), its two windows' events as CSV with
 * a leading `period` column, or as JSON with each window's dates and numbers and its events.
 */
export async function downloadComparison(
  kind: ExportKind,
  c: {
    summaries: readonly PeriodSummary[];
    categoryById: Map<string, Category>;
    title: string;
    credit: string;
    /** The file name without its extension. */
    stem: string;
    /** The events as records, as events.json has them. */
    records: (events: TimelineEvent[]) => EventRecord[];
  },
): Promise<void> {
  const names = c.summaries.map(
    (s, i) => `${COMPARE_LABELS[i]}: ${formatWindow(s.range.from, s.range.to - DAY)}`,
  );
  if (kind === 'csv') {
    const { eventsToCsv } = await import('../data/eventsToCsv.ts');
    const rows = c.summaries.flatMap((s, i) => s.events.map((e) => ({ e, period: names[i]! })));
    const csv = eventsToCsv(c.records(rows.map((r) => r.e)), {
      column: 'period',
      values: rows.map((r) => r.period),
    });
    return download(csv, `${c.stem}.csv`, 'text/csv');
  }
  if (kind === 'json') {
    const comparison = c.summaries.map((s, i) => ({
      ...periodRecord(s, COMPARE_LABELS[i]!),
      events: c.records(s.events),
    }));
    const json = `${JSON.stringify({ comparison }, null, 2)}\n`;
    return download(json, `${c.stem}.json`, 'application/json');
  }
  const made = exportCompareSvg(c.summaries, c.categoryById, {
    title: c.title,
    subtitle: `Compare two periods · ${names.join(' · ')}`,
    credit: c.credit,
  });
  if (kind === 'svg') return download(made.svg, `${c.stem}.svg`, 'image/svg+xml');
  download(await svgToPng(made.svg, made.width, made.height, 2), `${c.stem}.png`);
}
