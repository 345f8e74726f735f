import { estimateWidth } from '../layout/labels.ts';

const FONT =
  "12px system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
let context: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

/**
 * The width of a 12 px label as the browser draws it: the one text measure the layout is given
 * (labels, era labels). Measured once per text on a canvas, so the placement rules out overlaps
 * with the real glyph widths; falls back to the estimate where there is no canvas.
 */
export function measureText(text: string): number {
  let w = widths.get(text);
  if (w !== undefined) return w;
  if (context === undefined) {
    context = document.createElement('canvas').getContext('2d');
    if (context) context.font = FONT;
  }
  w = context ? Math.ceil(context.measureText(text).width) : estimateWidth(text);
  widths.set(text, w);
  return w;
}
