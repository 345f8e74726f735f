import type { EraRecord } from './schema.ts';
import { parsePartialDate, type PartialDate } from './partialDate.ts';

/** An era as the app uses it: the record plus its parsed dates and its time extent. */
export interface TimelineEra extends EraRecord {
  startDate: PartialDate;
  endDate?: PartialDate;
  /** First millisecond of the era (UTC). */
  t0: number;
  /** First millisecond after it (UTC, exclusive); Infinity while the era is still running. */
  t1: number;
}

/** Adds parsed dates to an era that has passed validation (so its dates parse). */
export function toTimelineEra(record: EraRecord): TimelineEra {
  const startDate = parsePartialDate(record.start) as PartialDate;
  const endDate = record.end ? (parsePartialDate(record.end) as PartialDate) : undefined;
  return {
    ...record,
    startDate,
    endDate,
    t0: startDate.start,
    t1: endDate ? endDate.end : Infinity,
  };
}

/** The label drawn on an era's band: its short title, else its title. */
export const eraLabel = (era: Pick<EraRecord, 'title' | 'shortTitle'>) =>
  era.shortTitle ?? era.title;
