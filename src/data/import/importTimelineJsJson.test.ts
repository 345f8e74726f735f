import { describe, expect, it } from 'vitest';
import { formatValidationError } from '../validationError.ts';
import { importedOrThrow, readFixture } from './fixtures/importedOrThrow.ts';
import { importTimelineJsJson } from './importTimelineJsJson.ts';

const imported = (json: Record<string, unknown>) => importedOrThrow(importTimelineJsJson(json));

const slide = (headline: string, year: unknown = 2016, extra: Record<string, unknown> = {}) => ({
  start_date: { year },
  text: { headline, text: 'Something happened.' },
  ...extra,
});

describe('importTimelineJsJson with the sample file', () => {
  const sample = imported(
    JSON.parse(readFixture('timelinejs-sample.json')) as Record<string, unknown>,
  );
  const byId = (id: string) => sample.events.find((e) => e.id === id);

  it('reads every event, with nothing skipped', () => {
    expect(sample.format).toBe('timelinejs-json');
    expect(sample.events.map((e) => e.id)).toEqual([
      'ronin-2022',
      '30-million-of-ronin-proceeds-seized',
      'thefts-slow-in-2023',
      'chainalysis-1-34-billion-stolen-in-2024',
    ]);
    expect(sample.skipped).toEqual([]);
  });

  it("takes the title slide's headline as plain text, and the eras", () => {
    expect(sample.title).toBe('North Korea & the crypto thefts');
    expect(sample.eras).toEqual([
      { title: 'Exchange hacks', start: '2017', end: '2018' },
      { title: 'Bridge hacks', start: '2022', end: '2025' },
    ]);
  });

  it('reads date parts written as numbers or strings, at their precision', () => {
    expect(byId('30-million-of-ronin-proceeds-seized')?.start).toBe('2022-09-08');
    expect(byId('thefts-slow-in-2023')).toMatchObject({ start: '2023', end: '2023-12' });
  });

  it('uses a unique_id that is a valid slug and derives one from the headline otherwise', () => {
    expect(byId('ronin-2022')?.title).toBe('Ronin bridge hack');
    expect(byId('chainalysis-1-34-billion-stolen-in-2024')?.title).toBe(
      'Chainalysis: $1.34 billion stolen in 2024',
    );
  });

  it('turns text links and media into sources', () => {
    expect(byId('ronin-2022')?.sources.map((s) => [s.title, s.publisher])).toEqual([
      ['The FBI blamed Lazarus', 'scmagazine.com'],
      ['Benzinga', 'benzinga.com'],
    ]);
  });
});

describe('importTimelineJsJson with problem events', () => {
  it('names a bad event by its unique_id, else by its position, with the JSON key at fault', () => {
    const result = imported({
      events: [
        slide('Good'),
        slide('Bad year', '20l6', { unique_id: 'bad-year' }),
        slide('Bad month', 2016, { start_date: { year: 2016, month: 13 } }),
        'not an object',
      ],
    });
    expect(result.events.map((e) => e.title)).toEqual(['Good']);
    expect(result.skipped).toEqual([
      'events: bad-year, field "start_date.year": "20l6" is not a year; write a year such as 2016',
      'events: #3, field "start_date.month": "13" is not a month; write a number from 1 to 12',
      'events: #4: is not an object; write each event as { "start_date": { "year": 2016 }, "text": { "headline": "..." } }',
    ]);
  });

  it('reports an event without a start date, and shows one without a headline by its display date', () => {
    const result = imported({
      events: [
        slide('Good'),
        { text: { headline: 'No date' } },
        { start_date: { year: 1815 }, display_date: 'Winter 1815' },
      ],
    });
    expect(result.skipped).toEqual([
      'events: #2, field "start_date.year": is missing; write a year such as 2016',
    ]);
    expect(result.events.map((e) => e.title)).toEqual(['Winter 1815', 'Good']);
  });

  it('decodes entities and drops markup in headlines', () => {
    const [e] = imported({
      events: [slide('<b>Sony</b> &amp; the &#8220;Interview&#8221;')],
    }).events;
    expect(e).toMatchObject({ id: 'sony-the-interview', title: 'Sony & the “Interview”' });
  });

  it('leaves an entity named like an Object property as written in a headline', () => {
    const [e] = imported({ events: [slide('A &constructor; B &toString; C')] }).events;
    expect(e?.title).toBe('A &constructor; B &toString; C');
  });

  it('decodes entities in group labels and keeps a tag in one as text', () => {
    const result = imported({
      events: [
        slide('One', 2016, { group: 'Sanctions &amp; indictments' }),
        slide('Two', 2017, { group: '&lt;img src=x onerror=alert(1)&gt;' }),
      ],
    });
    expect(result.dataset.categories.map((c) => c.label)).toEqual([
      'Sanctions & indictments',
      '<img src=x onerror=alert(1)>',
    ]);
  });

  it('gives a repeated unique_id a suffix rather than dropping the event', () => {
    const events = [
      slide('A', 2016, { unique_id: 'same' }),
      slide('B', 2017, { unique_id: 'same' }),
    ];
    expect(imported({ events }).events.map((e) => e.id)).toEqual(['same', 'same-2']);
  });

  it('reports an era whose dates are impossible', () => {
    const result = imported({
      events: [slide('Good')],
      eras: [
        {
          start_date: { year: 2016, month: 4, day: 31 },
          end_date: { year: 2017 },
          text: { headline: 'Era' },
        },
      ],
    });
    expect(result.eras).toEqual([]);
    expect(result.skipped).toEqual([
      'eras: #1, field "start_date.day": "31" is not a day of Apr 2016, which has 30 days',
    ]);
  });

  it('labels an era without a headline by its dates', () => {
    expect(
      imported({
        events: [slide('Good')],
        eras: [{ start_date: { year: 2016 }, end_date: { year: 2018, month: 3 } }],
      }).eras,
    ).toEqual([{ title: '2016 – Mar 2018', start: '2016', end: '2018-03' }]);
  });

  it('fails clearly when the events list is empty', () => {
    const result = importTimelineJsJson({
      title: { text: { headline: 'Only a title' } },
      events: [],
    });
    expect(!result.ok && result.errors.map(formatValidationError)).toEqual([
      'events: file, field "events": there are no events in this file',
    ]);
  });

  it("takes the title slide's text as the description, as plain text", () => {
    const result = imported({
      title: { text: { headline: 'Pioneers', text: '<p>People who made <b>computing</b>.</p>' } },
      events: [slide('One')],
    });
    expect([result.title, result.description]).toEqual(['Pioneers', 'People who made computing.']);
  });
});
