import type { Category } from '../schema.ts';
import { SHAPES } from '../vocabulary.ts';
import { isRecord } from '../validationError.ts';
import { isSlug } from './slugify.ts';
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

/**
 * The known categories plus a generated one for each category id the events use but the known
 * ones lack (a label made from the id: "cyber-espionage" -> "Cyber espionage").
 */
export function categoriesForEvents(
  events: readonly unknown[],
  known: readonly Category[],
): Category[] {
  const ids = new Set(known.map((c) => c.id));
  const added: Category[] = [];
  for (const event of events) {
    const id = isRecord(event) ? event.category : undefined;
    if (typeof id !== 'string' || !isSlug(id) || ids.has(id)) continue;
    ids.add(id);
    added.push(generateCategory(id, labelFromId(id), known.length + added.length));
  }
  return [...known, ...added];
}

function labelFromId(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
