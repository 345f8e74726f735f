import { describe, expect, it } from 'vitest';
import { wrapLines } from './wrapLines.ts';

const measure = (text: string) => text.length * 10;

describe('wrapLines', () => {
  it('keeps text that fits on one line', () => {
    expect(wrapLines('two words', 200, 10, measure)).toEqual(['two words']);
  });

  it('breaks between words before a line would grow wider than the width', () => {
    expect(wrapLines('one two three four', 90, 10, measure)).toEqual(['one two', 'three', 'four']);
  });

  it('gives a word wider than the line a line of its own', () => {
    expect(wrapLines('a extraordinarily b', 50, 10, measure)).toEqual([
      'a',
      'extraordinarily',
      'b',
    ]);
  });

  it('collapses runs of white space and gives no lines for empty text', () => {
    expect(wrapLines('  a \n b  ', 200, 10, measure)).toEqual(['a b']);
    expect(wrapLines('   ', 200, 10, measure)).toEqual([]);
  });
});
