import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from './textWidth.ts';

describe('estimateTextWidth', () => {
  it('grows with the font size', () => {
    expect(estimateTextWidth('2016', 24)).toBeCloseTo(2 * estimateTextWidth('2016', 12));
  });

  it('counts narrow letters as narrower than wide ones', () => {
    expect(estimateTextWidth('iiii', 12)).toBeLessThan(estimateTextWidth('MMMM', 12));
  });

  it('estimates a year at 12 px as about 28 px, as a system sans-serif draws it', () => {
    expect(estimateTextWidth('2016', 12)).toBeGreaterThan(24);
    expect(estimateTextWidth('2016', 12)).toBeLessThan(32);
  });

  it('gives an empty text no width', () => {
    expect(estimateTextWidth('', 12)).toBe(0);
  });
});
