import type { Actor } from '../data/schema.ts';
import { CONFIDENCE, type Confidence } from '../data/vocabulary.ts';
import type { TimelineEvent } from '../data/timelineEvent.ts';

/** What the reader filters by, beside the categories and the time window. Empty means "any". */
export interface FilterCriteria {
  /** Free text: every word must appear in the event's searchable text. */
  query: string;
  actors: string[];
  countries: string[];
  confidence: Confidence[];
  /** Smallest amount in US dollars, or null for any (events without an amount then drop out). */
  minAmount: number | null;
}

export const NO_FILTERS: FilterCriteria = {
  query: '',
  actors: [],
  countries: [],
  confidence: [],
  minAmount: null,
};

export type Facet = 'query' | 'actors' | 'countries' | 'confidence' | 'minAmount';

/** Lower-cases and strips accents, so "Séoul" matches "seoul" and "APT38" matches "apt38". */
export function normalizeText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** A country's English name from its ISO code, or the code itself if unknown. */
export function countryName(code: string): string {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The text a search looks in: title, summary, targets, tags, country codes and names, and each
 * actor's name and aliases — so "BlueNoroff" finds events tagged with APT38.
 */
export function searchText(event: TimelineEvent, actorById: ReadonlyMap<string, Actor>): string {
  const actorWords = event.actors.flatMap((id) => {
    const actor = actorById.get(id);
    return actor ? [actor.name, ...actor.aliases] : [id];
  });
  const countries = (event.countries ?? []).flatMap((c) => [c, countryName(c)]);
  return normalizeText(
    [
      event.title,
      event.summary,
      ...actorWords,
      ...(event.targets ?? []),
      ...(event.tags ?? []),
      ...countries,
    ].join(' \u0001 '),
  );
}

/** The words of a query, normalised; quotes and punctuation around words are ignored. */
export function queryTerms(query: string): string[] {
  return normalizeText(query)
    .split(' ')
    .map((w) => w.replace(/^[^\p{L}\p{N}$]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}

/** Builds one predicate per facet, so counts can leave one facet out (how many would each option keep). */
export function facetPredicates(
  criteria: FilterCriteria,
  textOf: (e: TimelineEvent) => string,
): Record<Facet, (e: TimelineEvent) => boolean> {
  const terms = queryTerms(criteria.query);
  const actors = new Set(criteria.actors);
  const countries = new Set(criteria.countries);
  const confidence = new Set<string>(criteria.confidence);
  return {
    query: (e) => terms.length === 0 || terms.every((t) => textOf(e).includes(t)),
    actors: (e) => actors.size === 0 || e.actors.some((a) => actors.has(a)),
    countries: (e) => countries.size === 0 || (e.countries ?? []).some((c) => countries.has(c)),
    confidence: (e) =>
      confidence.size === 0 || (e.confidence !== undefined && confidence.has(e.confidence)),
    minAmount: (e) => criteria.minAmount === null || (e.amountUsd ?? 0) >= criteria.minAmount,
  };
}

/** One predicate for all facets, optionally leaving one out. */
export function combine(
  predicates: Record<Facet, (e: TimelineEvent) => boolean>,
  except?: Facet,
): (e: TimelineEvent) => boolean {
  const list = (Object.keys(predicates) as Facet[])
    .filter((f) => f !== except)
    .map((f) => predicates[f]);
  return (e) => list.every((p) => p(e));
}

/** How many of the facets under Filters (actor, country, confidence, minimum amount) are set; the search is not one. */
export function activeFacets(c: FilterCriteria): number {
  return [
    c.actors.length,
    c.countries.length,
    c.confidence.length,
    c.minAmount !== null ? 1 : 0,
  ].filter(Boolean).length;
}

/** True when any filter is set. */
export function hasFilters(c: FilterCriteria): boolean {
  return (
    c.query.trim() !== '' ||
    c.actors.length > 0 ||
    c.countries.length > 0 ||
    c.confidence.length > 0 ||
    c.minAmount !== null
  );
}

/** The confidence levels chosen after ticking or unticking `c`, kept in the vocabulary's order. */
export function toggleConfidence(chosen: readonly Confidence[], c: Confidence): Confidence[] {
  return chosen.includes(c)
    ? chosen.filter((x) => x !== c)
    : CONFIDENCE.filter((x) => x === c || chosen.includes(x));
}
