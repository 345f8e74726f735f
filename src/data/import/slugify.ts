import * as v from 'valibot';
import { Slug } from '../schema.ts';

// Ids appear in URLs; a whole headline would make links unwieldy.
const MAX_LENGTH = 60;

/**
 * Turns any text into a kebab-case slug: lowercase ASCII letters, digits and single hyphens,
 * with accents stripped ("Café Coinbase" -> "cafe-coinbase"). Returns "" when nothing is left.
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_LENGTH) return slug;
  // Cut at a word boundary when there is one, so the id does not end mid-word.
  const lastHyphen = slug.lastIndexOf('-', MAX_LENGTH);
  return slug.slice(0, lastHyphen > 0 ? lastHyphen : MAX_LENGTH);
}

/** True when the text is already a valid id. */
export function isSlug(text: string): boolean {
  return v.is(Slug, text);
}

/**
 * Returns a function that hands out unique slugs: the preferred id when it is a valid slug and
 * unused, else the slug of the text, else the fallback; a taken slug gets "-2", "-3", ... Slugs in
 * `reserved` are never handed out.
 */
export function uniqueSlugs(
  fallback: string,
  reserved: ReadonlySet<string> = new Set(),
): (text: string, preferred?: string) => string {
  const taken = new Set<string>(reserved);
  // The next suffix to try for each base, so that many equal headlines do not take quadratic time.
  const next = new Map<string, number>();
  return (text, preferred) => {
    const base = preferred && isSlug(preferred) ? preferred : slugify(text) || fallback;
    let slug = base;
    let n = next.get(base) ?? 2;
    while (taken.has(slug)) slug = `${base}-${n++}`;
    next.set(base, n);
    taken.add(slug);
    return slug;
  };
}
