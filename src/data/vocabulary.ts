/*
 * The fixed words of the data format, kept apart from the schema so the page can use them
 * without loading the validator (which only readers' own files need).
 */
/** Ids of events, categories, actors and stories: kebab-case. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The glyph shapes, in the order generated categories take them (the most distinct first). */
export const SHAPES = [
  'circle',
  'square',
  'diamond',
  'triangle',
  'cross',
  'star',
  'triangle-down',
  'wye',
] as const;

export const CONFIDENCE = ['confirmed', 'attributed', 'suspected'] as const;
export const RELATION_TYPES = [
  'attributed-by',
  'attribution-of',
  'charged-in',
  'charges-for',
  'sanctioned-in',
  'sanction-for',
  'response-to',
  'prompted',
  'follows',
  'followed-by',
  'part-of',
  'includes',
  'see-also',
] as const;

export type Confidence = (typeof CONFIDENCE)[number];
export type RelationType = (typeof RELATION_TYPES)[number];
