import { describe, expect, it } from 'vitest';
import { partialDateFromParts, type DateParts } from './partialDateFromParts.ts';

const parts = (year: string, month = '', day = ''): DateParts => ({ year, month, day });

describe('partialDateFromParts', () => {
  it.each([
    [parts('2016'), '2016', 'year'],
    [parts('2016', '2'), '2016-02', 'month'],
    [parts('2016', '02', '4'), '2016-02-04', 'day'],
    [parts('2016', '12', '31'), '2016-12-31', 'day'],
    [parts('2016', '2', '29'), '2016-02-29', 'day'],
  ])('turns %j into %s at %s precision', (input, iso, precision) => {
    expect(partialDateFromParts(input)).toMatchObject({ ok: true, date: { iso, precision } });
  });

  it.each([
    [parts(''), 'year', 'is missing; write a year such as 2016'],
    [parts('20l6'), 'year', '"20l6" is not a year; write a year such as 2016'],
    [parts('-500'), 'year', '"-500" is not a four-digit year; write a year such as 2016'],
    [parts('16'), 'year', '"16" is not a four-digit year; write a year such as 2016'],
    [parts('20160'), 'year', '"20160" is not a four-digit year; write a year such as 2016'],
    [parts('0050'), 'year', '"0050" is too early; this timeline shows years from 1000 on'],
    [parts('2016', '13'), 'month', '"13" is not a month; write a number from 1 to 12'],
    [parts('2016', 'Feb'), 'month', '"Feb" is not a month; write a number from 1 to 12'],
    [parts('2016', '', '4'), 'month', 'is missing; a day needs a month too'],
    [parts('2016', '4', '31'), 'day', '"31" is not a day of Apr 2016, which has 30 days'],
    [parts('2017', '2', '29'), 'day', '"29" is not a day of Feb 2017, which has 28 days'],
    [parts('2016', '4', '0'), 'day', '"0" is not a day of Apr 2016, which has 30 days'],
  ])('reports %j as a problem with the %s', (input, part, message) => {
    expect(partialDateFromParts(input)).toEqual({ ok: false, part, message });
  });
});
