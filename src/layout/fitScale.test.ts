import { describe, expect, it } from 'vitest';
import { fitPlacement, refitScale } from './fitScale.ts';

describe('refitScale', () => {
  it('shrinks content that is taller than its box', () => {
    expect(refitScale(1, 300, 600, 2)).toBe(0.5);
  });

  it('grows short content back up to the largest scale allowed', () => {
    expect(refitScale(1, 600, 200, 2)).toBe(2);
  });

  it('keeps its scale when the content would grow by less than 15 %', () => {
    expect(refitScale(1, 310, 300, 2)).toBe(1);
  });

  it('never shrinks below a quarter', () => {
    expect(refitScale(1, 100, 1000, 2)).toBe(0.25);
  });

  it('keeps its scale until both heights are measured', () => {
    expect(refitScale(1.5, 0, 300, 2)).toBe(1.5);
    expect(refitScale(1.5, 300, 0, 2)).toBe(1.5);
  });
});

describe('fitPlacement', () => {
  it('lays content out at the width that, scaled, spans the box', () => {
    expect(fitPlacement({ width: 800, height: 400 }, 200, 2).width).toBe(400);
  });

  it('centres short content in its box, and puts tall content at the top', () => {
    expect(fitPlacement({ width: 800, height: 400 }, 100, 2).offset).toBe(100);
    expect(fitPlacement({ width: 800, height: 400 }, 300, 2).offset).toBe(0);
  });
});
