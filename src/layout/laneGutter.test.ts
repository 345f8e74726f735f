import { describe, expect, it } from 'vitest';
import { estimateWidth } from './labels.ts';
import { GLYPH_GUTTER, gutterRow, laneGutter } from './laneGutter.ts';

describe('laneGutter', () => {
  const names = ['Cyberattacks', 'Weapons tests', 'Reports'];

  it('holds the glyphs and the widest name when the chart is wide', () => {
    const gutter = laneGutter(names, 800, estimateWidth);
    expect(gutter.names).toBe(true);
    expect(gutter.width).toBeGreaterThan(estimateWidth('Weapons tests') + 24);
    expect(gutter.width).toBeLessThanOrEqual(800 * 0.16);
  });

  it('holds the glyphs alone on a narrow chart', () => {
    expect(laneGutter(names, 390, estimateWidth)).toEqual({ width: GLYPH_GUTTER, names: false });
  });
});

describe('gutterRow', () => {
  it("sets the glyph and name level with the middle of the lane's first row, below its label row", () => {
    expect(gutterRow({ y: 100, header: 20 }, 26)).toEqual({
      glyphX: 5,
      glyphY: 126,
      nameX: 24,
      nameY: 133,
    });
  });
});
