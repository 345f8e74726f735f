import { describe, expect, it } from 'vitest';
import { keyStep } from './keyStep.ts';

describe('keyStep', () => {
  it.each([
    ['ArrowRight', -1, 0],
    ['ArrowRight', 2, 3],
    ['ArrowRight', 4, 4],
    ['ArrowLeft', 2, 1],
    ['ArrowLeft', 0, 0],
    ['ArrowLeft', -1, 0],
    ['Home', 3, 0],
    ['End', 0, 4],
  ])('moves %s from item %i to item %i of five', (key, from, to) => {
    expect(keyStep(key, from, 5)).toBe(to);
  });

  it('ignores other keys, and every key in an empty list', () => {
    expect(keyStep('Enter', 1, 5)).toBeNull();
    expect(keyStep('ArrowRight', -1, 0)).toBeNull();
  });
});
