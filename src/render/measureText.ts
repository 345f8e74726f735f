import { canvasMeasure } from './canvasMeasure.ts';

/** The width of a 12 px chart label (event and era labels), by the page's one text measure. */
export const measureText = (text: string): number => canvasMeasure(text, 12);
