import { describe, expect, it } from 'vitest';
import { isSlug, slugify, uniqueSlugs } from './slugify.ts';

describe('slugify', () => {
  it.each([
    ['Bangladesh Bank heist', 'bangladesh-bank-heist'],
    ["'DarkSeoul' wiper attack", 'darkseoul-wiper-attack'],
    ['Café Coinbase: Łódź & São Paulo', 'cafe-coinbase-odz-sao-paulo'],
    ['$620 million -- Ronin', '620-million-ronin'],
    ['  --Already-a-slug--  ', 'already-a-slug'],
    ['사이버', ''],
  ])('turns %j into %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('cuts a long headline at a word boundary', () => {
    const slug = slugify(
      'North Korean hackers stole a record amount of cryptocurrency from exchanges and bridges in 2022',
    );
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe('north-korean-hackers-stole-a-record-amount-of-cryptocurrency');
  });
});

describe('isSlug', () => {
  it.each([
    ['ronin-bridge-hack', true],
    ['Not A Slug', false],
    ['double--hyphen', false],
    ['', false],
  ])('says %j is a slug: %s', (text, expected) => {
    expect(isSlug(text)).toBe(expected);
  });
});

describe('uniqueSlugs', () => {
  it('adds -2, -3 to repeated slugs', () => {
    const next = uniqueSlugs('event');
    expect(['Heist', 'Heist', 'heist!'].map((t) => next(t))).toEqual([
      'heist',
      'heist-2',
      'heist-3',
    ]);
  });

  it('prefers a valid preferred id and ignores an invalid one', () => {
    const next = uniqueSlugs('event');
    expect(next('Ronin bridge hack', 'ronin')).toBe('ronin');
    expect(next('Ronin bridge hack', 'Not A Slug')).toBe('ronin-bridge-hack');
  });

  it('uses the fallback when the text has no ASCII letters or digits', () => {
    const next = uniqueSlugs('event');
    expect([next('사이버'), next('…')]).toEqual(['event', 'event-2']);
  });
});
