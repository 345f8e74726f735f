import { estimateTextWidth, type TextMeasure } from '../layout/textWidth.ts';

let context: CanvasRenderingContext2D | null | undefined;
const cache = new Map<string, number>();

/**
 * Measures text as the browser will draw it, with a canvas in the page's font (the body's
 * font-family), caching each text and size; falls back to the estimate where there is no canvas
 * (jsdom in component tests).
 */
export const canvasMeasure: TextMeasure = (text, fontPx) => {
  const key = `${fontPx}\u0000${text}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  if (context === undefined) {
    try {
      context = document.createElement('canvas').getContext('2d');
    } catch {
      context = null;
    }
  }
  let width: number;
  if (context) {
    context.font = `${fontPx}px ${getComputedStyle(document.body).fontFamily || 'sans-serif'}`;
    width = context.measureText(text).width;
  } else width = estimateTextWidth(text, fontPx);
  cache.set(key, width);
  return width;
};
