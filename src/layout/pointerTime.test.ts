import { describe, expect, it } from 'vitest';
import { pointerTime } from './pointerTime.ts';
import { timeScale } from './timeScale.ts';

describe('pointerTime', () => {
  it("reads the instant under the pointer from the chart's own left edge", () => {
    const x = timeScale([0, 1000], [0, 100]);
    expect(pointerTime(x, 150, 100)).toBe(500);
  });
});
