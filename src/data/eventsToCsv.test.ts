import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { eventRecord } from '../testing/fixtures.ts';
import { CSV_COLUMNS, eventsToCsv } from './eventsToCsv.ts';

describe('eventsToCsv', () => {
  const csv = eventsToCsv([
    eventRecord({
      id: 'heist',
      title: 'Heist, with "quotes"',
      summary: 'Line one.\nLine two.',
      actors: ['lazarus-group', 'apt38'],
      amountUsd: 81_000_000,
      related: [{ id: 'charges', type: 'charged-in' }],
    }),
  ]);
  const [row] = csvParse(csv);

  it('writes a header with every column and one row per event', () => {
    expect(csv.split('\n')[0]).toBe(CSV_COLUMNS.join(','));
    expect(csvParse(csv)).toHaveLength(1);
  });

  it('quotes commas, quotes and newlines so the text survives a round trip', () => {
    expect(row!.title).toBe('Heist, with "quotes"');
    expect(row!.summary).toBe('Line one.\nLine two.');
  });

  it('joins lists with " | " and writes links as type:id', () => {
    expect(row!.actors).toBe('lazarus-group | apt38');
    expect(row!.related).toBe('charged-in:charges');
    expect(row!.sourceUrls).toBe('https://example.org/a');
  });

  it('writes amounts as plain numbers and leaves missing values empty', () => {
    expect(row!.amountUsd).toBe('81000000');
    expect(row!.end).toBe('');
  });
});
