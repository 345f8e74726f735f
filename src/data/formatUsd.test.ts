import { describe, expect, it } from 'vitest';
import { formatUsd, formatUsdCompact } from './formatUsd.ts';
import { formatWindow } from './partialDate.ts';

describe('formatUsd and formatUsdCompact', () => {
  it('writes an amount in full or in short', () => {
    expect(formatUsd(81_000_000)).toBe('$81,000,000');
    expect(formatUsdCompact(1_500_000_000)).toBe('$1.5B');
    expect(formatUsdCompact(100_000_000)).toBe('$100M');
  });
});

describe('formatWindow', () => {
  it('writes a window as two days in UTC', () => {
    expect(formatWindow(Date.UTC(2016, 0, 1), Date.UTC(2018, 11, 31, 23))).toBe(
      '1 Jan 2016 – 31 Dec 2018',
    );
  });
});
