import { daysInMonth } from '../civilDays.ts';
import { astronomicalYear, isoYear } from '../formatYear.ts';
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
 * "2016", a year and month "2016-02", all three "2016-02-04"; any whole year works ("650",
 * "-44" for 44 BC, "-13800000000"). Impossible dates (month 13,
 * 31 April) come back as a problem with the part at fault and what to write instead.
 */
export function partialDateFromParts({ year, month, day }: DateParts): DatePartsResult {
  const fail = (part: DatePart, message: string): DatePartsResult => ({ ok: false, part, message });
  if (!year) return fail('year', 'is missing; write a year such as 2016');
  if (!/^[+-]?\d{1,11}$/.test(year)) {
    const numeric = /^[+-]?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i.test(year);
    return fail(
      'year',
      numeric
        ? `"${year}" is not a whole year within 100 billion years; write a year such as 2016, 650 or -44 (44 BC)`
        : `"${year}" is not a year; write a year such as 2016`,
    );
  }
  // As TimelineJS reads it: -44 is 44 BC (see formatYear.ts); written out in ISO form, "-0044".
  const astronomical = astronomicalYear(Number(year));
  const iso = isoYear(astronomical);
  if (!month) return day ? fail('month', 'is missing; a day needs a month too') : parsed(iso);
  if (!/^\d{1,2}$/.test(month) || Number(month) < 1 || Number(month) > 12) {
    return fail('month', `"${month}" is not a month; write a number from 1 to 12`);
  }
  const yearMonth = `${iso}-${month.padStart(2, '0')}`;
  if (!day) return parsed(yearMonth);
  const days = daysInMonth(astronomical, Number(month));
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
