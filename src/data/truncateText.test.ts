import { describe, expect, it } from 'vitest';
import { truncateText } from './truncateText.ts';

describe('truncateText', () => {
  it.each([
    ['short', 10, 'short'],
    ['exactly 10', 10, 'exactly 10'],
    ['one two three four', 10, 'one two t…'],
    ['ends in a space here', 10, 'ends in a…'],
  ])('shortens %j to at most %i characters: %j', (text, max, expected) => {
    expect(truncateText(text, max)).toBe(expected);
    expect(truncateText(text, max).length).toBeLessThanOrEqual(max);
  });
});
