import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { eventRecord } from '../testing/fixtures.ts';
import { CSV_COLUMNS, eventsToCsv } from './eventsToCsv.ts';
import { importDataset } from './import/importDataset.ts';

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

  it('puts a lead column first, one value per event, such as the period of a comparison', () => {
    const two = eventsToCsv([eventRecord({ id: 'a' }), eventRecord({ id: 'b' })], {
      column: 'period',
      values: ['Before: 2017', 'After: 2018'],
    });
    expect(two.split('\n')[0]).toBe(['period', ...CSV_COLUMNS].join(','));
    expect(csvParse(two).map((r) => [r.period, r.id])).toEqual([
      ['Before: 2017', 'a'],
      ['After: 2018', 'b'],
    ]);
  });
});

describe('eventsToCsv with hostile text from a reader’s file', () => {
  const FORMULA = '=HYPERLINK("http://evil.example/x","click")';
  const quoted = FORMULA.replace(/"/g, '""');
  const files: [string, string][] = [
    [
      'native JSON',
      JSON.stringify({
        events: [
          { id: 'x', title: FORMULA, start: '2020', category: 'theft', summary: '@SUM(1+1)' },
        ],
      }),
    ],
    ['native CSV', `id,title,start,category,summary\nx,"${quoted}",2020,theft,@SUM(1+1)\n`],
    [
      'TimelineJS JSON',
      JSON.stringify({
        events: [{ start_date: { year: 2020 }, text: { headline: FORMULA, text: '@SUM(1+1)' } }],
      }),
    ],
    ['TimelineJS CSV', `Year,Headline,Text\n2020,"${quoted}",@SUM(1+1)\n`],
  ];

  it.each(files)(
    'neutralises cells that would run as formulas, from %s, and reads them back unchanged',
    (_, text) => {
      const imported = importDataset(text);
      if (!imported.ok) throw new Error(imported.errors[0]?.message);
      const csv = eventsToCsv(imported.dataset.events);
      const [row] = csvParse(csv);
      expect(row!.title).toBe(`'${FORMULA}`);
      expect(row!.summary).toBe("'@SUM(1+1)");
      const back = importDataset(csv);
      expect(back.ok && back.dataset.events[0]).toMatchObject({
        title: FORMULA,
        summary: '@SUM(1+1)',
      });
    },
  );

  it('leaves numbers as numbers', () => {
    const [row] = csvParse(eventsToCsv([eventRecord({ id: 'n', amountUsd: 5, importance: 2 })]));
    expect([row!.amountUsd, row!.importance]).toEqual(['5', '2']);
  });
});
