import { describe, expect, it } from 'vitest';
import { toTimelineEvent } from '../data/timelineEvent.ts';
import { ACTORS, eventRecord } from '../testing/fixtures.ts';
import type { Actor } from '../data/schema.ts';
import {
  NO_FILTERS,
  activeFacets,
  combine,
  facetPredicates,
  hasFilters,
  normalizeText,
  queryTerms,
  searchText,
  toggleConfidence,
  type FilterCriteria,
} from './eventFilter.ts';

const actors: Actor[] = [
  ...ACTORS,
  {
    id: 'apt38',
    name: 'APT38',
    aliases: ['BlueNoroff', 'Stardust Chollima'],
    kind: 'group',
    description: 'A group.',
    sources: ACTORS[0]!.sources,
  },
];
const actorById = new Map(actors.map((a) => [a.id, a]));
const heist = toTimelineEvent(
  eventRecord({
    id: 'heist',
    title: 'Bangladesh Bank heist',
    actors: ['apt38'],
    countries: ['BD'],
    amountUsd: 81e6,
    confidence: 'attributed',
    targets: ['Bangladesh Bank'],
  }),
);
const seoul = toTimelineEvent(
  eventRecord({
    id: 'seoul',
    title: 'Attaque à Séoul',
    summary: 'Des banques coréennes.',
    actors: ['lazarus-group'],
    countries: ['KR'],
    confidence: 'suspected',
  }),
);
const summit = toTimelineEvent(
  eventRecord({
    id: 'summit',
    title: 'Singapore summit',
    category: 'diplomacy',
    confidence: 'confirmed',
  }),
);
const all = [heist, seoul, summit];

const run = (criteria: Partial<FilterCriteria>) => {
  const p = combine(
    facetPredicates({ ...NO_FILTERS, ...criteria }, (e) => searchText(e, actorById)),
  );
  return all.filter(p).map((e) => e.id);
};

describe('search', () => {
  it.each([
    ['a title word, in any case', 'BANGLADESH', ['heist']],
    ['an actor alias', 'BlueNoroff', ['heist']],
    ['an actor id name', 'apt38', ['heist']],
    ['a word without its accent', 'seoul', ['seoul']],
    ['a word with an accent the text lacks', 'bângladesh', ['heist']],
    ['a country by name', 'Bangladesh bank', ['heist']],
    ['a country name from its code', 'South Korea', ['seoul']],
    ['a summary word', 'coréennes', ['seoul']],
    ['several words, all required', 'singapore heist', []],
    ['nothing', '', ['heist', 'seoul', 'summit']],
  ])('finds events by %s', (_, query, ids) => {
    expect(run({ query })).toEqual(ids);
  });
});

describe('filters', () => {
  it.each([
    ['an actor', { actors: ['lazarus-group'] }, ['seoul']],
    ['either of two actors', { actors: ['lazarus-group', 'apt38'] }, ['heist', 'seoul']],
    ['a target country', { countries: ['BD'] }, ['heist']],
    ['a confidence level', { confidence: ['confirmed' as const] }, ['summit']],
    ['a minimum amount, dropping events without one', { minAmount: 1e6 }, ['heist']],
    ['a minimum amount above every event', { minAmount: 1e9 }, []],
    ['an actor and a query together', { actors: ['apt38'], query: 'seoul' }, []],
  ])('keeps events matching %s', (_, criteria, ids) => {
    expect(run(criteria)).toEqual(ids);
  });

  it('can leave one facet out, to count what each option would keep', () => {
    const predicates = facetPredicates(
      { ...NO_FILTERS, actors: ['apt38'], countries: ['KR'] },
      (e) => searchText(e, actorById),
    );
    expect(all.filter(combine(predicates, 'countries')).map((e) => e.id)).toEqual(['heist']);
    expect(all.filter(combine(predicates, 'actors')).map((e) => e.id)).toEqual(['seoul']);
  });

  it('says whether any filter is set', () => {
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, query: '  ' })).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, minAmount: 0 })).toBe(true);
  });

  it('counts the facets set, not the search', () => {
    expect(activeFacets({ ...NO_FILTERS, query: 'bank' })).toBe(0);
    expect(activeFacets({ ...NO_FILTERS, actors: ['a', 'b'], minAmount: 0 })).toBe(2);
    expect(
      activeFacets({
        query: '',
        actors: ['a'],
        countries: ['KR'],
        confidence: ['confirmed'],
        minAmount: 1e6,
      }),
    ).toBe(4);
  });
});

describe('normalizeText and queryTerms', () => {
  it('strips accents, case and extra spaces', () => {
    expect(normalizeText('  Ŝéoul   BANK ')).toBe('seoul bank');
  });
  it('ignores quotes and punctuation around words', () => {
    expect(queryTerms('"Lazarus," (APT38)')).toEqual(['lazarus', 'apt38']);
  });
});

describe('toggleConfidence', () => {
  it.each([
    [[], 'suspected', ['suspected']],
    [['suspected'], 'confirmed', ['confirmed', 'suspected']],
    [['confirmed', 'suspected'], 'confirmed', ['suspected']],
  ] as const)('turns %j with %s into %j, in the vocabulary order', (chosen, c, after) => {
    expect(toggleConfidence(chosen, c)).toEqual(after);
  });
});
