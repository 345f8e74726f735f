import type { TextMeasure } from './textWidth.ts';

/**
 * Breaks text into lines no wider than `width` at `fontPx`, between words; a word wider than the
 * line gets a line of its own. For text drawn in SVG, which does not wrap by itself.
 */
export function wrapLines(
  text: string,
  width: number,
  fontPx: number,
  measure: TextMeasure,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, fontPx) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
