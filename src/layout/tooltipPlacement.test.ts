import { describe, expect, it } from 'vitest';
import { tooltipPlacement } from './tooltipPlacement.ts';

describe('tooltipPlacement', () => {
  it.each([
    [
      'a mark in the left part opens rightwards, above it',
      100,
      { left: 100, top: 84, flip: false },
    ],
    ['a mark in the right part opens leftwards', 500, { left: 500, top: 84, flip: true }],
    [
      'a mark past the left edge is anchored 8 px inside it',
      -20,
      { left: 8, top: 84, flip: false },
    ],
    [
      'a mark past the right edge is anchored 8 px inside it',
      640,
      { left: 592, top: 84, flip: true },
    ],
  ])('%s', (_, x, placement) => {
    expect(tooltipPlacement(x, 100, 600)).toEqual(placement);
  });
});
