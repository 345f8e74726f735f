import { describe, expect, it } from 'vitest';
import { yearStart } from './civilDays.ts';
import { YEAR } from './day.ts';
import {
  formatDateSpan,
  formatPartialDate,
  formatWindow,
  parsePartialDate,
  toIsoDay,
} from './partialDate.ts';

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
    '-0044-02-29',
    '123456789012',
    '--44',
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

describe('parsePartialDate for any year', () => {
  it.each([
    ['650', 650],
    ['-44', -43],
    ['-0044', -43],
    ['0000', 0],
    ['-1', 0],
    ['+12000', 12000],
    ['12000', 12000],
    ['-13800000000', -13799999999],
  ])(
    'reads the year %s as the astronomical year %d (a negative year is that many years BC)',
    (text, year) => {
      const d = parsePartialDate(text)!;
      expect(d.precision).toBe('year');
      expect(d.start).toBe(yearStart(year));
      expect(d.end).toBe(yearStart(year + 1));
    },
  );

  it('reads -0044-03-15 as the Ides of March 44 BC, one day long', () => {
    const d = parsePartialDate('-0044-03-15')!;
    expect(d.precision).toBe('day');
    expect(d.end - d.start).toBe(86_400_000);
    expect(formatPartialDate(d)).toBe('15 Mar 44 BC');
  });

  it('places 1 BC directly before AD 1, with no year 0 in between', () => {
    expect(parsePartialDate('-1')!.end).toBe(parsePartialDate('0001')!.start);
  });

  it('gives a year 13.8 billion years ago a length of one year', () => {
    const d = parsePartialDate('-13800000000')!;
    expect((d.end - d.start) / YEAR).toBeCloseTo(1, 2);
  });

  it('keeps the four-digit path equal to Date.UTC', () => {
    expect(parsePartialDate('2016-02-04')!.start).toBe(Date.UTC(2016, 1, 4));
  });
});

describe('formatPartialDate for any year', () => {
  it.each([
    ['650', '650'],
    ['0650-07', 'Jul 650'],
    ['-44', '44 BC'],
    ['-0044-03', 'Mar 44 BC'],
    ['+12000', '12,000'],
    ['-12000', '12,000 BC'],
    ['-1200000', '1.2 million years ago'],
    ['-4600000000', '4.6 billion years ago'],
    ['-13800000000', '13.8 billion years ago'],
    ['-4567890123', '4,567,890,123 years ago'],
  ])('shows %s as %s', (text, shown) => {
    expect(formatPartialDate(parsePartialDate(text)!)).toBe(shown);
  });
});

describe('toIsoDay for any year', () => {
  it.each(['-0044-03-15', '0650-01-01', '+12000-06-30', '-13800000000-01-01'])(
    'writes the first instant of %s back as the same text',
    (text) => expect(toIsoDay(parsePartialDate(text)!.start)).toBe(text),
  );
});

describe('formatWindow', () => {
  it('shows a window of a few years as two days', () => {
    expect(formatWindow(Date.UTC(2016, 0, 1), Date.UTC(2018, 11, 31))).toBe(
      '1 Jan 2016 – 31 Dec 2018',
    );
  });
  it('shows a window of billions of years as two years, as precise as its span', () => {
    const from = parsePartialDate('-13800000000')!.start;
    const to = parsePartialDate('-9200000000')!.start;
    expect(formatWindow(from, to)).toBe('13.8 billion years ago – 9.2 billion years ago');
  });
  it('shows the padding after a timeline of the universe as years from now, not as a year number', () => {
    const from = parsePartialDate('-14214000000')!.start;
    const to = parsePartialDate('+413996397')!.start;
    expect(formatWindow(from, to)).toBe('14 billion years ago – 414 million years from now');
  });
});
