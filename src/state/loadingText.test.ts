import { describe, expect, it } from 'vitest';
import type { ImportProgress } from '../data/import/importMessages.ts';
import { loadingFraction, loadingText } from './loadingText.ts';

describe('loadingText', () => {
  it.each<[ImportProgress | null, string]>([
    [null, 'Loading the timeline…'],
    [{ step: 'bytes', done: 0 }, 'Loading the timeline…'],
    [{ step: 'bytes', done: 1_000 }, 'Loading the timeline… 1 KB received'],
    [{ step: 'bytes', done: 12_345_678 }, 'Loading the timeline… 12.3 MB received'],
    [
      { step: 'bytes', done: 12_345_678, total: 68_654_263 },
      'Loading the timeline… 12.3 MB of 68.7 MB read',
    ],
    [{ step: 'parse' }, 'Loading the timeline… reading the file'],
    [
      { step: 'read', done: 40_000, total: 100_000 },
      'Loading the timeline… 40,000 of 100,000 rows read',
    ],
    [
      { step: 'check', done: 2_000, total: 100_000 },
      'Loading the timeline… 2,000 of 100,000 rows checked',
    ],
    [
      { step: 'receive', done: 1_000, total: 99_998 },
      'Loading the timeline… 1,000 of 99,998 events ready',
    ],
  ])('says %j as %j', (progress, text) => {
    expect(loadingText(progress)).toBe(text);
  });
});

describe('loadingFraction', () => {
  it('grows through the steps, from the first byte to the last event received', () => {
    const steps: ImportProgress[] = [
      { step: 'bytes', done: 0, total: 10 },
      { step: 'bytes', done: 10, total: 10 },
      { step: 'parse' },
      { step: 'read', done: 5, total: 10 },
      { step: 'check', done: 10, total: 10 },
      { step: 'receive', done: 10, total: 10 },
    ];
    const fractions = steps.map(loadingFraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a! - b!));
    expect([fractions[0], fractions.at(-1)]).toEqual([0, 1]);
  });

  it('cannot tell how much of a download of unknown size has arrived', () => {
    expect(loadingFraction({ step: 'bytes', done: 5_000 })).toBeUndefined();
    expect(loadingFraction(null)).toBeUndefined();
  });
});
