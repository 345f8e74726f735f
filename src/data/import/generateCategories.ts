import type { Category } from '../schema.ts';
import { SHAPES } from '../vocabulary.ts';
import { truncateText } from '../truncateText.ts';

/**
 * Colour pairs for categories a reader's file brings, the same colour-blind-safe hues as the
 * curated categories: `color` has at least 3:1 contrast on white, `colorDark` on #15171a.
 */
export const PALETTE: readonly { color: string; colorDark: string }[] = [
  { color: '#1d4e9e', colorDark: '#8fb3f5' },
  { color: '#c24e00', colorDark: '#f07a3a' },
  { color: '#007a5a', colorDark: '#2bc29a' },
  { color: '#a8467f', colorDark: '#de8fbd' },
  { color: '#9e6a00', colorDark: '#e69f00' },
  { color: '#1f7fae', colorDark: '#56b4e9' },
  { color: '#7a6c00', colorDark: '#f0e442' },
  { color: '#5f5f5f', colorDark: '#b0b0b0' },
];

const MAX_LABEL = 40;

/**
 * The category at position `index` among generated ones: colours and shapes are taken in turn;
 * past eight, the shapes shift by one each round, so no two of the first 64 look the same.
 */
export function generateCategory(id: string, label: string, index: number): Category {
  const colours = PALETTE[index % PALETTE.length]!;
  const shape = SHAPES[(index + Math.floor(index / PALETTE.length)) % SHAPES.length]!;
  return { id, label: truncateText(label, MAX_LABEL), ...colours, shape };
}
