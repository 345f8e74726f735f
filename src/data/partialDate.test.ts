import { describe, expect, it } from 'vitest';
import { formatDateSpan, formatPartialDate, parsePartialDate, toIsoDay } from './partialDate.ts';

describe('parsePartialDate', () => {
  it.each([
    ['2016', 'year', '2016-01-01', '2017-01-01'],
    ['2016-02', 'month', '2016-02-01', '2016-03-01'],
    ['2016-02-04', 'day', '2016-02-04', '2016-02-05'],
    ['2016-02-29', 'day', '2016-02-29', '2016-03-01'],
  ])('reads %s as a %s-precision period in UTC', (text, precision, start, end) => {
    const d = parsePartialDate(text)!;
    expect(d.precision).toBe(precision);
    expect(new Date(d.start).toISOString().slice(0, 10)).toBe(start);
    expect(new Date(d.end).toISOString().slice(0, 10)).toBe(end);
  });

  it.each([
    '2015-02-29',
    '2016-13',
    '2016-00',
    '2016-04-31',
    '16',
    '2016/02/04',
    '2016-2-4',
    'Feb 2016',
    '',
    '2016-02-04T10:00',
  ])('rejects %j', (text) => expect(parsePartialDate(text)).toBeNull());
});

describe('formatPartialDate', () => {
  it.each([
    ['2016', '2016'],
    ['2016-02', 'Feb 2016'],
    ['2016-02-04', '4 Feb 2016'],
  ])('shows %s at its own precision as %s, never as 1 January', (text, shown) => {
    expect(formatPartialDate(parsePartialDate(text)!)).toBe(shown);
  });
});

describe('formatDateSpan', () => {
  it('joins a start and an end with an en dash', () => {
    expect(formatDateSpan(parsePartialDate('2016-02-04')!, parsePartialDate('2016-03')!)).toBe(
      '4 Feb 2016 – Mar 2016',
    );
  });
  it('shows a single date when there is no end', () => {
    expect(formatDateSpan(parsePartialDate('2017')!)).toBe('2017');
  });
});

describe('toIsoDay', () => {
  it('writes a UTC instant as YYYY-MM-DD whatever the local time zone', () => {
    expect(toIsoDay(Date.UTC(2018, 5, 12, 23, 59))).toBe('2018-06-12');
  });
});

describe('parsePartialDate for early years', () => {
  it('keeps years before 100 as written, not as 19xx', () => {
    expect(new Date(parsePartialDate('0050')!.start).getUTCFullYear()).toBe(50);
  });
});
