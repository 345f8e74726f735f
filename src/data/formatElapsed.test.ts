import { describe, expect, it } from 'vitest';
import { formatElapsed } from './formatElapsed.ts';

describe('formatElapsed', () => {
  it.each([
    [0, '00:00'],
    [59_999, '00:59'],
    [61_000, '01:01'],
    [3_600_000, '1:00:00'],
    [3_723_000, '1:02:03'],
    [-5_000, '00:00'],
  ])('shows %i ms as %s', (ms, text) => {
    expect(formatElapsed(ms)).toBe(text);
  });
});
