import { describe, expect, it } from 'vitest';
import { easeCubicInOut } from './animateRange.ts';

describe('easeCubicInOut', () => {
  it.each([
    [0, 0],
    [0.25, 0.0625],
    [0.5, 0.5],
    [0.75, 0.9375],
    [1, 1],
  ])('starts slowly, speeds up and slows down to the end: %f -> %f', (t, eased) => {
    expect(easeCubicInOut(t)).toBeCloseTo(eased, 10);
  });

  it('is symmetric about the middle of the move', () => {
    for (const t of [0.1, 0.2, 0.3, 0.4])
      expect(easeCubicInOut(t) + easeCubicInOut(1 - t)).toBeCloseTo(1, 10);
  });
});
