/**
 * Where a key moves a reading cursor in a list of `count` items from `index` (-1 when none is
 * read yet): the arrows to the next or previous item, Home and End to the first and last, never
 * past either end. Null for any other key, or when there is nothing to read.
 */
export function keyStep(key: string, index: number, count: number): number | null {
  const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: count - 1 }[key];
  if (next === undefined || count === 0) return null;
  return Math.max(0, Math.min(count - 1, next));
}
