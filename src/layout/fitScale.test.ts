import { describe, expect, it } from 'vitest';
import { fitPlacement, refitChart, refitScale, retryFloor } from './fitScale.ts';

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

describe('refitChart', () => {
  const loose = { scale: 2, squeeze: false };

  it('shrinks a chart that is too tall, down to the least readable scale', () => {
    expect(refitChart(loose, 300, 200, 2, 1.2)).toEqual({ scale: 1.5, squeeze: false });
  });

  it('squeezes a chart that would shrink below the least readable scale, at that scale', () => {
    expect(refitChart(loose, 300, 400, 2, 1.2)).toEqual({ scale: 1.2, squeeze: true });
  });

  it('shrinks a squeezed chart that still does not fit', () => {
    expect(refitChart({ scale: 1.2, squeeze: true }, 300, 300, 2, 1.2)).toEqual({
      scale: 1,
      squeeze: true,
    });
  });

  it('never grows a squeezed chart back, which would only cost it rows', () => {
    const squeezed = { scale: 1.2, squeeze: true };
    expect(refitChart(squeezed, 300, 100, 2, 1.2)).toBe(squeezed);
  });

  it('squeezes at the largest scale when the least readable one is larger still', () => {
    expect(refitChart(loose, 300, 400, 2, 3)).toEqual({ scale: 2, squeeze: true });
  });
});

describe('retryFloor', () => {
  it('tries the least readable scale again for a squeezed chart shrunk below it', () => {
    expect(retryFloor({ scale: 0.7, squeeze: true }, 2, 1.2)).toEqual({
      scale: 1.2,
      squeeze: true,
    });
  });

  it('leaves a chart alone that is not squeezed, or not below that scale', () => {
    const loose = { scale: 0.7, squeeze: false };
    const squeezed = { scale: 1.2, squeeze: true };
    expect(retryFloor(loose, 2, 1.2)).toBe(loose);
    expect(retryFloor(squeezed, 2, 1.2)).toBe(squeezed);
  });
});
