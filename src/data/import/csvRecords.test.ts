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

describe('csvRecords with a broken or unusual file', () => {
  it('reports a row whose quote never closes and keeps every row after it', () => {
    const rows = csvRecords(
      'id,title,start\na,Alpha,2016\nb,"Beta,2017\nc,Gamma,2018\nd,"Delta, quoted",2019\n',
    );
    expect(rows.map((r) => [r.row, r.cell('id'), r.problem ? 'broken' : 'ok'])).toEqual([
      [2, 'a', 'ok'],
      [3, 'b', 'broken'],
      [4, 'c', 'ok'],
      [5, 'd', 'ok'],
    ]);
    expect(rows[3]!.cell('title')).toBe('Delta, quoted');
  });

  it('reports an unclosed quote on the last row', () => {
    const rows = csvRecords('id,title\na,"Alpha\n');
    expect(rows.map((r) => [r.row, !!r.problem])).toEqual([[2, true]]);
  });

  it.each([
    ['semicolons', 'id;title;start\na;"Alpha; with a semicolon";2016\n', 'Alpha; with a semicolon'],
    ['tabs', 'id\ttitle\tstart\na\t"Alpha\twith a tab"\t2016\n', 'Alpha\twith a tab'],
  ])('reads a file separated by %s', (_, text, title) => {
    const [row] = csvRecords(text);
    expect([row!.cell('id'), row!.cell('title'), row!.cell('start')]).toEqual(['a', title, '2016']);
  });

  it('keeps a quote in the middle of a cell, and text after a closing quote on the same line', () => {
    const [row] = csvRecords('a,b,c\nsay "hi",x"y"z,"q"r\n');
    expect([row!.cell('a'), row!.cell('b'), row!.cell('c')]).toEqual(['say "hi"', 'x"y"z', 'qr']);
  });

  it('reads 20,000 rows each with an unclosed quote in linear time, reporting each', () => {
    const text = `id,title\n${Array.from({ length: 20_000 }, (_, i) => `r${i},"T${i}`).join('\n')}\n`;
    const rows = csvRecords(text);
    expect(rows).toHaveLength(20_000);
    expect(rows.every((r) => r.problem)).toBe(true);
  });
});
