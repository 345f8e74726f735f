import { describe, expect, it } from 'vitest';
import { SHAPES } from '../vocabulary.ts';
import { generateCategory, PALETTE } from './generateCategories.ts';

/** WCAG 2 contrast ratio between two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r = 0, g = 0, bl = 0] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('PALETTE', () => {
  it.each(PALETTE.map((p) => [p.color, p.colorDark]))(
    'pairs %s (>= 3:1 on white) with %s (>= 3:1 on #15171a)',
    (color, colorDark) => {
      expect(contrast(color!, '#ffffff')).toBeGreaterThanOrEqual(3);
      expect(contrast(colorDark!, '#15171a')).toBeGreaterThanOrEqual(3);
    },
  );

  it('has eight distinct colours and eight distinct shapes', () => {
    expect(new Set(PALETTE.map((p) => p.color)).size).toBe(8);
    expect(new Set(SHAPES).size).toBe(8);
  });
});

describe('generateCategory', () => {
  it('takes colours and shapes in turn', () => {
    const [a, b] = [generateCategory('a', 'A', 0), generateCategory('b', 'B', 1)];
    expect(a).toEqual({ id: 'a', label: 'A', ...PALETTE[0], shape: SHAPES[0] });
    expect(b).toMatchObject({ ...PALETTE[1], shape: SHAPES[1] });
  });

  it('gives the first 64 categories 64 different looks', () => {
    const looks = Array.from({ length: 64 }, (_, i) => generateCategory(`c${i}`, 'C', i)).map(
      (c) => `${c.color}/${c.shape}`,
    );
    expect(new Set(looks).size).toBe(64);
  });

  it('shortens a long label to 40 characters', () => {
    expect(
      generateCategory('x', 'A group name far longer than forty characters', 0).label,
    ).toHaveLength(40);
  });
});
