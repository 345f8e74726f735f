import { describe, expect, it } from 'vitest';
import { swipeAction } from './swipeAction.ts';

describe('swipeAction', () => {
  it.each([
    ['a swipe to the left', -100, 10, 'next'],
    ['a swipe to the right', 100, -10, 'prev'],
    ['a short move', -60, 0, null],
    ['a move more down than across', -100, 60, null],
    ['a tap', 0, 0, null],
  ])('reads %s', (_, dx, dy, action) => {
    expect(swipeAction(dx, dy)).toBe(action);
  });
});
