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
    [parts('650'), '0650', 'year'],
    [parts('602', '7'), '0602-07', 'month'],
    [parts('-44', '3', '15'), '-0044-03-15', 'day'],
    [parts('-500'), '-0500', 'year'],
    [parts('16'), '0016', 'year'],
    [parts('20160'), '+20160', 'year'],
    [parts('-13800000000'), '-13800000000', 'year'],
  ])('turns %j into %s at %s precision', (input, iso, precision) => {
    expect(partialDateFromParts(input)).toMatchObject({ ok: true, date: { iso, precision } });
  });

  it.each([
    [parts(''), 'year', 'is missing; write a year such as 2016'],
    [parts('20l6'), 'year', '"20l6" is not a year; write a year such as 2016'],
    [
      parts('2016.5'),
      'year',
      '"2016.5" is not a whole year within 100 billion years; write a year such as 2016, 650 or -44 (44 BC)',
    ],
    [
      parts('-1e12'),
      'year',
      '"-1e12" is not a whole year within 100 billion years; write a year such as 2016, 650 or -44 (44 BC)',
    ],
    [parts('-44', '2', '29'), 'day', '"29" is not a day of Feb 44 BC, which has 28 days'],
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
