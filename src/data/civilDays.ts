import { DAY } from './day.ts';

/*
 * The proleptic Gregorian calendar as whole-number arithmetic, for any year: JavaScript's Date
 * stops at ±273,790 years, and a timeline of the universe starts 13.8 billion years ago. Years
 * here are astronomical (0 is 1 BC, -1 is 2 BC); the text forms (-44 for 44 BC) are converted at
 * the edge, in partialDate.ts. Within Date's range the results equal Date.UTC's exactly. The
 * algorithms are Howard Hinnant's days_from_civil and civil_from_days.
 */

/** A calendar day: astronomical year, month 1-12, day 1-31. */
export interface CivilDay {
  year: number;
  month: number;
  day: number;
}

/** Days from 1970-01-01 to a calendar day (negative before it). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The calendar day a count of days from 1970-01-01 falls on. */
export function civilFromDays(days: number): CivilDay {
  const z = Math.floor(days) + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return {
    year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: dayOfYear - Math.floor((153 * mp + 2) / 5) + 1,
  };
}

/** The number of days in a month of an astronomical year. */
export function daysInMonth(year: number, month: number): number {
  return (
    daysFromCivil(month === 12 ? year + 1 : year, (month % 12) + 1, 1) -
    daysFromCivil(year, month, 1)
  );
}

/** The first millisecond (UTC) of an astronomical year. */
export const yearStart = (year: number): number => daysFromCivil(year, 1, 1) * DAY;

/** The calendar day of a UTC instant in milliseconds, at any distance from 1970. */
export const civilDayOf = (ms: number): CivilDay => civilFromDays(Math.floor(ms / DAY));
