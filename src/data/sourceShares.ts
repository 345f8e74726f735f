import type { EventRecord } from './schema.ts';
import { sourceKind } from './sourceKinds.ts';

/** How many events cite an official page, and how many cite an outlet of record. */
export interface SourceShares {
  events: number;
  official: number;
  outletOfRecord: number;
  /** Ids of the events without an outlet of record, so a shortfall names its events. */
  withoutOutletOfRecord: string[];
}

type Sourced = Pick<EventRecord, 'id' | 'category' | 'sources'>;

/** True when the event has an official source. */
export function hasOfficialSource(event: Sourced): boolean {
  return event.sources.some((s) => sourceKind(s.url) === 'official');
}

/**
 * True when the event has a source from an outlet of record: an official body, a wire service, a
 * national newspaper or broadcaster, or the victim itself. A researcher's own page counts only for
 * a `report` event, where the researcher is the one who acted.
 */
export function hasOutletOfRecord(event: Sourced): boolean {
  return event.sources.some((s) => {
    const kind = sourceKind(s.url);
    return kind === 'official' || kind === 'press' || kind === 'victim'
      ? true
      : kind === 'research' && event.category === 'report';
  });
}

/** Counts both shares over a list of events. */
export function sourceShares(events: readonly Sourced[]): SourceShares {
  const without = events.filter((e) => !hasOutletOfRecord(e)).map((e) => e.id);
  return {
    events: events.length,
    official: events.filter(hasOfficialSource).length,
    outletOfRecord: events.length - without.length,
    withoutOutletOfRecord: without,
  };
}
