/** Measures the width in CSS pixels of a text drawn at `fontPx` in the page's sans-serif font. */
export type TextMeasure = (text: string, fontPx: number) => number;

// Advance widths in ems of a typical system sans-serif (Helvetica/Arial/Roboto metrics, rounded).
const NARROW = /[ijlI.,:;'|!()[\]{} ]/;
const WIDE = /[MWmw@%—]/;
const DIGIT = /\d/;
const UPPER = /[A-Z]/;

/**
 * A deterministic estimate of a text's width, for Node (tests, layouts computed without a DOM) and
 * as the browser's fallback when canvas is not available. It errs slightly wide, so that what it
 * says fits does fit; the browser measures with canvas instead (render/canvasMeasure.ts).
 */
export const estimateTextWidth: TextMeasure = (text, fontPx) => {
  let ems = 0;
  for (const c of text) {
    if (NARROW.test(c)) ems += 0.3;
    else if (WIDE.test(c)) ems += 0.88;
    else if (DIGIT.test(c)) ems += 0.58;
    else if (UPPER.test(c)) ems += 0.68;
    else ems += 0.56;
  }
  return ems * fontPx;
};
