import { describe, expect, it } from 'vitest';
import { shortenTitle } from './shortenTitle.ts';

describe('shortenTitle', () => {
  it.each([
    ['Sony Pictures hack', 'Sony Pictures hack'],
    ['Bangladesh Bank heist: $81 million stolen via SWIFT', 'Bangladesh Bank heist'],
    ['WannaCry ransomware outbreak (May 2017)', 'WannaCry ransomware outbreak'],
    ['Ronin bridge hack – $620 million in ether', 'Ronin bridge hack'],
    ['UN: a report', 'UN: a report'],
  ])('keeps the head of %j', (title, short) => {
    expect(shortenTitle(title)).toBe(short);
  });

  it('cuts a long title at a word boundary with an ellipsis, within 32 characters', () => {
    const short = shortenTitle('Cyberattack paralyses Nonghyup bank computer network for days');
    expect(short).toBe('Cyberattack paralyses Nonghyup…');
    expect(short.length).toBeLessThanOrEqual(32);
  });

  it('cuts a title without spaces in the middle of its word', () => {
    expect(shortenTitle('x'.repeat(50))).toHaveLength(32);
  });
});
