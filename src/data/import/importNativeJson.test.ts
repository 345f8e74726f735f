import { describe, expect, it } from 'vitest';
import { ACTORS, CATEGORIES, eventRecord } from '../../testing/fixtures.ts';
import { formatValidationError } from '../validationError.ts';
import { importNativeJson } from './importNativeJson.ts';

const options = { fallbackCategories: CATEGORIES, fallbackActors: ACTORS };

describe('importNativeJson', () => {
  it('uses the fallback categories and actors when the file brings none', () => {
    const result = importNativeJson(
      { events: [eventRecord({ id: 'a', actors: ['lazarus-group'] })] },
      options,
    );
    expect(result.ok && result.dataset).toMatchObject({
      categories: CATEGORIES,
      actors: ACTORS,
      events: [{ id: 'a', actors: ['lazarus-group'] }],
    });
  });

  it('uses the categories and actors the file brings', () => {
    const own = [
      { id: 'hack', label: 'Hacks', color: '#1d4e9e', colorDark: '#8fb3f5', shape: 'circle' },
    ];
    const result = importNativeJson(
      { events: [eventRecord({ id: 'a', category: 'hack' })], categories: own, actors: [] },
      options,
    );
    expect(result.ok && [result.dataset.categories, result.dataset.actors]).toEqual([own, []]);
  });

  it('generates a category for an unknown id when the file brings no categories', () => {
    const result = importNativeJson(
      { events: [eventRecord({ id: 'a', category: 'espionage' })] },
      options,
    );
    expect(result.ok && result.dataset.categories.map((c) => c.id)).toEqual([
      'theft',
      'legal',
      'espionage',
    ]);
  });

  it('makes an unknown category a new one, with a warning, when the file brings its own categories', () => {
    const own = [
      { id: 'hack', label: 'Hacks', color: '#1d4e9e', colorDark: '#8fb3f5', shape: 'circle' },
    ];
    const result = importNativeJson(
      {
        events: [
          eventRecord({ id: 'a', category: 'hack' }),
          eventRecord({ id: 'b', category: 'espionage' }),
        ],
        categories: own,
      },
      options,
    );
    expect(result.ok && result.skipped.map(formatValidationError)).toEqual([
      'events: b, field "category": "espionage" is not among the file\'s categories, so it was made a new one',
    ]);
  });

  it('keeps the valid events and reports the others by id or position', () => {
    const result = importNativeJson(
      {
        events: [
          eventRecord({ id: 'good' }),
          eventRecord({ id: 'bad', start: '2016-13' }),
          { title: 'No id' },
        ],
      },
      options,
    );
    expect(result.ok && result.dataset.events.map((e) => e.id)).toEqual(['good']);
    expect(result.ok && result.skipped.map(formatValidationError)).toEqual([
      'events: bad, field "start": "2016-13" is not a date; write a date such as 2016, 2016-02 or 2016-02-04',
      'events: #3, field "start": is missing; write a date such as 2016, 2016-02 or 2016-02-04',
    ]);
  });

  it('drops unknown actors but keeps the event, without confidence', () => {
    const { confidence: _, ...bare } = eventRecord({ id: 'a', actors: ['nobody'] });
    const result = importNativeJson({ events: [bare] }, options);
    expect(result.ok && result.dataset.events[0]).toMatchObject({ id: 'a', actors: [] });
    expect(result.ok && result.dataset.events[0]?.confidence).toBeUndefined();
  });

  it.each([
    ['a title', 'DPRK thefts', 'DPRK thefts'],
    ['a long title, shortened', 'T'.repeat(130), `${'T'.repeat(119)}…`],
    ['no title', undefined, undefined],
    ['a title that is not text', 42, undefined],
  ])('takes %s', (_, title, expected) => {
    const result = importNativeJson({ title, events: [eventRecord({ id: 'a' })] }, options);
    expect(result.ok && result.title).toBe(expected);
  });

  it('reads a hand-written file: ids from titles, a new category, sources with only a URL', () => {
    const result = importNativeJson(
      {
        events: [
          {
            title: 'Ada Lovelace is born',
            start: '1815-12-10',
            category: 'Mathematicians',
            sources: [{ url: 'https://en.wikipedia.org/wiki/Ada_Lovelace' }],
          },
          {
            title: 'Ada Lovelace is born',
            start: '1815-12-11',
            sources: ['https://example.org/b'],
          },
          { id: 'engine', title: 'Analytical Engine', date: 1837, description: 'Designed.' },
        ],
      },
      options,
    );
    expect(result.ok && result.skipped).toEqual([]);
    expect(result.ok && result.dataset.events).toMatchObject([
      {
        id: 'ada-lovelace-is-born',
        category: 'mathematicians',
        sources: [{ title: 'en.wikipedia.org', url: 'https://en.wikipedia.org/wiki/Ada_Lovelace' }],
      },
      { id: 'ada-lovelace-is-born-2', category: 'events', sources: [{ title: 'example.org' }] },
      { id: 'engine', start: '1837', summary: 'Designed.' },
    ]);
    expect(result.ok && result.dataset.categories.slice(-2)).toMatchObject([
      { id: 'mathematicians', label: 'Mathematicians' },
      { id: 'events', label: 'Events' },
    ]);
  });

  it('shows an event with a usable problem and says what was left out', () => {
    const result = importNativeJson(
      {
        events: [
          {
            id: 'Not A Slug',
            title: 'x'.repeat(130),
            start: '2016',
            end: 'soon',
            confidence: 'sure',
            sources: [{ url: 'http://example.org' }, { title: 'No link' }],
            colour: 'red',
          },
        ],
      },
      options,
    );
    expect(result.ok && result.dataset.events[0]).toMatchObject({ id: 'not-a-slug', sources: [] });
    expect(result.ok && result.skipped.map(formatValidationError)).toEqual([
      'events: Not A Slug, field "colour": is not a field of this format, so it was ignored (check its spelling)',
      'events: Not A Slug, field "title": is longer than 120 characters, so it was shortened',
      'events: Not A Slug, field "end": "soon" is not a date, so the event is shown without an end',
      'events: Not A Slug, field "confidence": "sure" is not one of: confirmed, attributed, suspected; it was left out',
      'events: Not A Slug, field "sources[0].url": the link http://example.org is not https, so it was left out; use its https:// address if it has one',
      'events: Not A Slug, field "sources[1].url": is missing, so the source was left out; every source needs an https:// link',
      'events: Not A Slug, field "id": "Not A Slug" is not kebab-case, so it was read as "not-a-slug"',
    ]);
    expect(result.ok && result.skipped.every((e) => e.shown)).toBe(true);
  });
});
