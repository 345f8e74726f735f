import { astronomicalYear, isoYear } from './formatYear.ts';
import { parsePartialDate, type PartialDate } from './partialDate.ts';

/** A date a person typed, read, or why it could not be read. */
export type DateTextResult = { ok: true; date: PartialDate } | { ok: false; message: string };

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const UNITS: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
/** The data's limit: a year of up to 11 digits. */
const MAX_YEAR = 99_999_999_999;

/** What to write instead, said in every message. */
export const DATE_TEXT_HINT =
  'Write a day (2016-02-04, -0044-03-15), a year (650, 44 BC, 12,000) or years ago (13.8 billion years ago).';

/** "13.8 billion years ago", "414 million years from now", "4,000 years ago": a written year. */
const YEARS_AGO = /^(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion)?\s+years?\s+(ago|from now)$/;
/** "44 BC", "44 BCE", "AD 650", "650 AD", "650 CE", "12,000", "-44". */
const ERA_YEAR = /^(?:(ad|ce)\s+)?([+-]?\d[\d,]*)(?:\s*(bc|bce|b\.c\.|ad|ce|a\.d\.))?$/;
/** The data's own form: "2016-02-04", "-0044-03-15", "650", "+12000" (the year captured). */
const ISO = /^([+-]?\d+)(?:-\d\d){0,2}$/;
/** "15 Mar 44 BC", "4 February 2016", "Feb 2016", "March 2016". */
const DAY_MONTH_YEAR = /^(?:(\d{1,2})\s+)?([a-z]{3,9})\.?,?\s+(.+)$/;

/** A written year (negative is BC, as in the data) from the forms people write, or null. */
function writtenYearOf(text: string): number | null {
  const ago = YEARS_AGO.exec(text);
  if (ago) {
    const n = Math.round(Number(ago[1]!.replaceAll(',', '')) * (UNITS[ago[2] ?? ''] ?? 1));
    return ago[3] === 'ago' ? -n : n;
  }
  const era = ERA_YEAR.exec(text);
  if (!era) return null;
  const n = Number(era[2]!.replaceAll(',', ''));
  const bc = era[3]?.startsWith('b');
  if (bc && n <= 0) return null;
  return bc ? -n : n;
}

/** A written year as the data's ISO form: -44 as "-0044", 12000 as "+12000". */
const isoOf = (year: number): string => isoYear(astronomicalYear(year));

/** The ISO text of a date written in words ("15 Mar 44 BC"), or null. */
function isoOfWords(text: string): string | null {
  const m = DAY_MONTH_YEAR.exec(text);
  if (!m) return null;
  const [, day, name, rest] = m;
  // "Mar", "March", "Sept": a month's name or the start of it, three letters or more.
  const month = MONTHS.findIndex((full) => full.startsWith(name!));
  const year = writtenYearOf(rest!);
  if (name!.length < 3 || month < 0 || year === null || Math.abs(year) > MAX_YEAR) return null;
  const mm = String(month + 1).padStart(2, '0');
  return day ? `${isoOf(year)}-${mm}-${day.padStart(2, '0')}` : `${isoOf(year)}-${mm}`;
}

/**
 * Reads a date as a person types it into a date field, in every form the data can hold and the
 * page writes: ISO ("2016-02-04", "-0044-03-15", "650", "+12000"), years BC and AD ("44 BC",
 * "AD 650"), days in words ("15 Mar 44 BC") and years ago ("13.8 billion years ago", as the axis
 * writes them). Never throws: a date it cannot read comes back with what to write instead.
 */
export function parseDateText(input: string): DateTextResult {
  const written = input.trim();
  const text = written.toLowerCase().replace(/\s+/g, ' ');
  if (!text) return { ok: false, message: `No date. ${DATE_TEXT_HINT}` };
  const iso = ISO.exec(text);
  const year = iso ? Number(iso[1]) : writtenYearOf(text);
  if (year !== null && Math.abs(year) > MAX_YEAR)
    return {
      ok: false,
      message: `"${written}" is further than this page can show: up to 99,999,999,999 years either way.`,
    };
  const candidate = iso ? text : year !== null ? isoOf(year) : isoOfWords(text);
  const date = candidate ? parsePartialDate(candidate) : null;
  if (date) return { ok: true, date };
  const message = candidate
    ? `There is no such day as "${written}". ${DATE_TEXT_HINT}`
    : `"${written}" is not a date this page can read. ${DATE_TEXT_HINT}`;
  return { ok: false, message };
}
