import { describe, expect, it } from 'vitest';
import { columnKey, csvRecords } from './csvRecords.ts';

describe('csvRecords', () => {
  const rows = csvRecords(
    '\uFEFF Year ,HEADLINE,Text\n2016,"Heist, in Dhaka","Line one\nline two"\n\n,,\n2017, WannaCry ,\n',
  );

  it('ignores a byte-order mark, matches columns ignoring case and spaces, and trims cells', () => {
    expect(rows.map((r) => [r.cell('year'), r.cell('Headline'), r.cell('  text ')])).toEqual([
      ['2016', 'Heist, in Dhaka', 'Line one\nline two'],
      ['2017', 'WannaCry', ''],
    ]);
  });

  it('skips blank rows but numbers rows as a spreadsheet does, a quoted newline included', () => {
    expect(rows.map((r) => r.row)).toEqual([2, 5]);
  });

  it('gives "" for a column the file lacks', () => {
    expect(rows[0]!.cell('Group')).toBe('');
  });

  it('takes the first non-blank row as the header', () => {
    const late = csvRecords('\n\nid,title\nx,X\n');
    expect(late.map((r) => [r.row, r.cell('title')])).toEqual([[4, 'X']]);
  });
});

describe('columnKey', () => {
  it('folds case and spaces', () => {
    expect(columnKey('  End   Year ')).toBe('end year');
  });
});
