import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
  type SymbolType,
} from 'd3-shape';
import type { Shape } from '../data/schema.ts';

const TYPES: Record<Shape, [SymbolType, number]> = {
  circle: [symbolCircle, 0],
  square: [symbolSquare, 0],
  diamond: [symbolDiamond, 0],
  triangle: [symbolTriangle, 0],
  // Turned upside down, so the two triangles differ by more than colour.
  'triangle-down': [symbolTriangle, 180],
  star: [symbolStar, 0],
  cross: [symbolCross, 0],
  wye: [symbolWye, 0],
};

const made = new Map<string, { d: string; rotate: number }>();

/** SVG path data for a category's glyph, centred on 0,0, with an area of `size` square pixels. Memoised: every mark asks. */
export function symbolPath(shape: Shape, size = 150): { d: string; rotate: number } {
  const key = `${shape}:${size}`;
  let glyph = made.get(key);
  if (!glyph) {
    const [type, rotate] = TYPES[shape];
    made.set(key, (glyph = { d: symbol(type, size)() ?? '', rotate }));
  }
  return glyph;
}
