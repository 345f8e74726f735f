/*
 * The fixed words of the data format, kept apart from the schema so the page can use them
 * without loading the validator (which only readers' own files need).
 */
export const CONFIDENCE = ['confirmed', 'attributed', 'suspected'] as const;
export const RELATION_TYPES = [
  'attributed-by', 'attribution-of', 'charged-in', 'charges-for', 'sanctioned-in', 'sanction-for',
  'response-to', 'prompted', 'follows', 'followed-by', 'part-of', 'includes', 'see-also',
] as const;

export type Confidence = (typeof CONFIDENCE)[number];
export type RelationType = (typeof RELATION_TYPES)[number];
