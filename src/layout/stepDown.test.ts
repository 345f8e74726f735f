import { describe, expect, it } from 'vitest';
import { stepDown } from './stepDown.ts';

/** Text of a given height at size 1, in a box of a given height: it scales with the size. */
function box(textHeight: number, boxHeight: number) {
  let size = 0;
  const applied: number[] = [];
  const apply = (s: number) => applied.push((size = s));
  return { apply, overflows: () => textHeight * size > boxHeight, applied };
}

describe('stepDown', () => {
  it('keeps full size when the text fits', () => {
    const b = box(90, 100);
    expect(stepDown(b.apply, b.overflows)).toBe(1);
    expect(b.applied).toEqual([1]);
  });

  it('steps down to the largest size that fits', () => {
    const b = box(120, 100);
    expect(stepDown(b.apply, b.overflows)).toBe(0.8);
    expect(b.applied).toEqual([1, 0.95, 0.9, 0.85, 0.8]);
  });

  it('stops at the smallest size allowed even if the text still overflows', () => {
    const b = box(400, 100);
    expect(stepDown(b.apply, b.overflows, 0.7)).toBe(0.7);
  });
});
