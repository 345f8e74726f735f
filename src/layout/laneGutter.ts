/** The gutter at the left of a compact chart, which holds the lanes' glyphs and names. */
export interface LaneGutter {
  /** Its width in CSS pixels (0: no gutter, the lanes' headers carry their names). */
  width: number;
  /** Whether the names fit beside the glyphs; else the glyphs stand alone, as in the key. */
  names: boolean;
}

/** The glyph-only gutter: a 14 px glyph with 5 px either side. */
export const GLYPH_GUTTER = 24;
/** The widest share of the chart the names may take. */
const MAX_SHARE = 0.16;

/**
 * The gutter of a compact chart, whose lanes have no header row: the glyph and name of each lane
 * (names in 11 px bold, which `measure`, at 12 px regular, gauges within a pixel or two), or the
 * glyph alone when the names would take more than a sixth of the chart.
 */
export function laneGutter(
  names: readonly string[],
  width: number,
  measure: (text: string) => number,
): LaneGutter {
  const widest = Math.max(0, ...names.map(measure));
  const full = Math.ceil(5 + 14 + 5 + widest + 6);
  return full <= width * MAX_SHARE
    ? { width: full, names: true }
    : { width: GLYPH_GUTTER, names: false };
}

/** Where a lane's glyph and name sit in the gutter: level with the middle of its first row. */
export interface GutterRow {
  glyphX: number;
  /** Top of the 14 px glyph. */
  glyphY: number;
  nameX: number;
  /** The name's vertical centre. */
  nameY: number;
}

/** The gutter row of a lane that starts at `y` with a label row of `header`, for rows of `row` px. */
export function gutterRow(lane: { y: number; header: number }, row: number): GutterRow {
  const middle = lane.y + lane.header + row / 2;
  return { glyphX: 5, glyphY: middle - 7, nameX: 24, nameY: middle };
}
