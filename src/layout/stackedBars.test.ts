import { describe, expect, it } from 'vitest';
import type { Histogram } from './histogram.ts';
import { stackedBars } from './stackedBars.ts';

const hist: Histogram = {
  bins: 2,
  counts: new Map([
    ['theft', Uint32Array.from([2, 0])],
    ['sanction', Uint32Array.from([2, 1])],
  ]),
  max: 4,
};
const cats = [{ id: 'theft' }, { id: 'sanction' }, { id: 'report' }];

describe('stackedBars', () => {
  it('draws one path per category that has events, and none for empty ones', () => {
    expect(
      stackedBars(hist, cats, { barPx: 4, height: 40, bottom: 48 }).map((b) => b.category.id),
    ).toEqual(['theft', 'sanction']);
  });

  it('stacks each category on the ones before it, the fullest bin reaching the full height', () => {
    const [theft, sanction] = stackedBars(hist, cats, { barPx: 4, height: 40, bottom: 48 });
    expect(theft!.d).toBe('M0,28h3v20h-3z');
    expect(sanction!.d).toBe('M0,8h3v20h-3zM4,38h3v10h-3z');
  });
});
