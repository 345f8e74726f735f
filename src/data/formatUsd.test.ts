import { describe, expect, it } from 'vitest';
import { formatUsd, formatUsdCompact } from './formatUsd.ts';
import { formatWindow } from './partialDate.ts';

describe('formatUsd and formatUsdCompact', () => {
  it('writes an amount in full or in short', () => {
    expect(formatUsd(81_000_000)).toBe('$81,000,000');
    expect(formatUsdCompact(1_500_000_000)).toBe('$1.5B');
    expect(formatUsdCompact(100_000_000)).toBe('$100M');
  });

  it.each([
    [5e-324, 'under $1'],
    [0.4, 'under $1'],
    [1.79e308, '$1.79E308'],
    [2e15, '$2E15'],
  ])('writes %d, too small or too large for digits, as %j', (amount, text) => {
    expect(formatUsd(amount)).toBe(text);
    expect(formatUsdCompact(amount)).toBe(text);
  });
});

describe('formatWindow', () => {
  it('writes a window as two days in UTC', () => {
    expect(formatWindow(Date.UTC(2016, 0, 1), Date.UTC(2018, 11, 31, 23))).toBe(
      '1 Jan 2016 – 31 Dec 2018',
    );
  });
});
