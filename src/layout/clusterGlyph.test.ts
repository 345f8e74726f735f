import { describe, expect, it } from 'vitest';
import { clusterGlyph } from './clusterGlyph.ts';

describe('clusterGlyph', () => {
  it.each([
    [12, '12'],
    [999, '999'],
    [1000, '1k'],
    [1250, '1.3k'],
    [48_000, '48k'],
  ])('writes a count of %i as "%s"', (count, label) => {
    expect(clusterGlyph(count).label).toBe(label);
  });

  it('grows the ring with the count, and the hit area with the ring', () => {
    const small = clusterGlyph(2);
    const large = clusterGlyph(100_000);
    expect(large.r).toBeGreaterThan(small.r);
    expect(small.hit.width).toBe(24);
    expect(large.hit.width).toBe(2 * large.r);
  });
});
