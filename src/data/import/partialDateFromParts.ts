import { formatPartialDate, parsePartialDate, type PartialDate } from '../partialDate.ts';

/** A date as TimelineJS writes it: separate parts, each as written ("" when absent). */
export interface DateParts {
  year: string;
  month: string;
  day: string;
}

export type DatePart = keyof DateParts;

export type DatePartsResult =
  { ok: true; date: PartialDate } | { ok: false; part: DatePart; message: string };

/**
 * Turns date parts into one of our partial dates at the precision given: a year alone gives
 * "2016", a year and month "2016-02", all three "2016-02-04". Impossible dates (month 13,
 * 31 April) come back as a problem with the part at fault and what to write instead.
 */
export function partialDateFromParts({ year, month, day }: DateParts): DatePartsResult {
  const fail = (part: DatePart, message: string): DatePartsResult => ({ ok: false, part, message });
  if (!year) return fail('year', 'is missing; write a year such as 2016');
  if (!/^\d{4}$/.test(year)) {
    const numeric = /^[+-]?\d+(?:\.\d+)?$/.test(year);
    return fail(
      'year',
      numeric
        ? `"${year}" is not a four-digit year; write a year such as 2016`
        : `"${year}" is not a year; write a year such as 2016`,
    );
  }
  // Years 0000-0999 parse as 19xx in the date library, so they cannot be placed correctly.
  if (Number(year) < 1000)
    return fail('year', `"${year}" is too early; this timeline shows years from 1000 on`);
  if (!month) return day ? fail('month', 'is missing; a day needs a month too') : parsed(year);
  if (!/^\d{1,2}$/.test(month) || Number(month) < 1 || Number(month) > 12) {
    return fail('month', `"${month}" is not a month; write a number from 1 to 12`);
  }
  const yearMonth = `${year}-${month.padStart(2, '0')}`;
  if (!day) return parsed(yearMonth);
  // Day 0 of the next month is the last day of this one.
  const days = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  if (!/^\d{1,2}$/.test(day) || Number(day) < 1 || Number(day) > days) {
    return fail(
      'day',
      `"${day}" is not a day of ${formatPartialDate(parsePartialDate(yearMonth) as PartialDate)}, which has ${days} days`,
    );
  }
  return parsed(`${yearMonth}-${day.padStart(2, '0')}`);
}

function parsed(iso: string): DatePartsResult {
  return { ok: true, date: parsePartialDate(iso) as PartialDate };
}
