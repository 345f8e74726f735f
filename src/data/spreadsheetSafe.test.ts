import { describe, expect, it } from 'vitest';
import { spreadsheetSafe, unescapeSpreadsheetCell } from './spreadsheetSafe.ts';

describe('spreadsheetSafe', () => {
  it.each([
    ['=HYPERLINK("http://evil.example/x","click")', `'=HYPERLINK("http://evil.example/x","click")`],
    ['+cmd|" /C calc"!A0', `'+cmd|" /C calc"!A0`],
    ['-2+3+cmd|" /C calc"!A0', `'-2+3+cmd|" /C calc"!A0`],
    ['@SUM(1+1)*cmd|" /C calc"!A0', `'@SUM(1+1)*cmd|" /C calc"!A0`],
    ['\t=1+1', `'\t=1+1`],
    ["'=1+1", "''=1+1"],
    ['\r=1+1', `'\r=1+1`],
    ['-0044-03-15', `'-0044-03-15`],
  ])('puts an apostrophe before %j', (cell, expected) => {
    expect(spreadsheetSafe(cell)).toBe(expected);
  });

  it.each([
    'Bangladesh Bank heist',
    '81000000',
    '-5',
    '+1.5e3',
    '-0.25',
    '',
    "'quoted",
    'a=b',
    "'-5",
  ])('leaves %j as it is', (cell) => {
    expect(spreadsheetSafe(cell)).toBe(cell);
  });

  it.each(['=1+1', '-0044-03-15', '@x', "'=already", 'plain', '-5'])(
    'reads %j back unchanged after it was made safe',
    (cell) => {
      expect(unescapeSpreadsheetCell(spreadsheetSafe(cell))).toBe(cell);
    },
  );
});
