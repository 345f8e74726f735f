import { describe, expect, it } from 'vitest';
import { parseDateText } from './parseDateText.ts';
import { formatPartialDate } from './partialDate.ts';

/** The date read, at its precision, as the page writes it; or the message. */
function read(text: string): string {
  const r = parseDateText(text);
  return r.ok ? `${r.date.iso} = ${formatPartialDate(r.date)} (${r.date.precision})` : r.message;
}

describe('parseDateText', () => {
  it.each([
    ['2016-02-04', '2016-02-04 = 4 Feb 2016 (day)'],
    ['2016-02', '2016-02 = Feb 2016 (month)'],
    ['2016', '2016 = 2016 (year)'],
    [' 2016-02-04 ', '2016-02-04 = 4 Feb 2016 (day)'],
    ['-44', '-44 = 44 BC (year)'],
    ['-0044-03-15', '-0044-03-15 = 15 Mar 44 BC (day)'],
    ['650', '650 = 650 (year)'],
    ['0650-06', '0650-06 = Jun 650 (month)'],
    ['+12000', '+12000 = 12,000 (year)'],
    ['-13800000000', '-13800000000 = 13.8 billion years ago (year)'],
  ])('reads the ISO form the data and the URL use: %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each([
    ['44 BC', '-0044 = 44 BC (year)'],
    ['44 bce', '-0044 = 44 BC (year)'],
    ['44 B.C.', '-0044 = 44 BC (year)'],
    ['12,000 BC', '-12000 = 12,000 BC (year)'],
    ['AD 650', '0650 = 650 (year)'],
    ['650 CE', '0650 = 650 (year)'],
    ['12,000', '+12000 = 12,000 (year)'],
    ['15 Mar 44 BC', '-0044-03-15 = 15 Mar 44 BC (day)'],
    ['4 February 2016', '2016-02-04 = 4 Feb 2016 (day)'],
    ['Sept 1939', '1939-09 = Sep 1939 (month)'],
    ['13.8 billion years ago', '-13800000000 = 13.8 billion years ago (year)'],
    ['1.2 million years ago', '-1200000 = 1.2 million years ago (year)'],
    ['4,000 years ago', '-4000 = 4000 BC (year)'],
    ['414 million years from now', '+414000000 = 414,000,000 (year)'],
  ])('reads the forms people write and the page shows: %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each([
    ['', /^No date\. Write a day/],
    ['yesterday', /^"yesterday" is not a date this page can read\. Write a day \(2016-02-04/],
    ['2023-02-30', /^There is no such day as "2023-02-30"\./],
    ['31 Apr 2016', /^There is no such day as "31 Apr 2016"\./],
    ['0 BC', /is not a date/],
    ['200 billion years ago', /further than this page can show: up to 99,999,999,999 years/],
    ['-123456789012', /further than this page can show/],
  ])('says what is wrong with %j and what to write instead', (text, message) => {
    const r = parseDateText(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });
});
