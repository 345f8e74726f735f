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

  it('reports an unknown category when the file brings its own categories', () => {
    const own = [
      { id: 'hack', label: 'Hacks', color: '#1d4e9e', colorDark: '#8fb3f5', shape: 'circle' },
    ];
    const result = importNativeJson(
      {
        events: [
          eventRecord({ id: 'a', category: 'hack' }),
          eventRecord({ id: 'b', category: 'hacks' }),
        ],
        categories: own,
      },
      options,
    );
    expect(result.ok && result.skipped.map(formatValidationError)).toEqual([
      expect.stringContaining('events: b, field "category": unknown category "hacks"'),
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
    expect(result.ok && result.skipped.map(formatValidationError).join('\n')).toMatch(
      /events: bad, field "start"[^]*events: #3, field "id": is required but missing/,
    );
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
});
