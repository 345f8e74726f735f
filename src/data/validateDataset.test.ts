import { describe, expect, it } from 'vitest';
import { validateDataset } from './validateDataset.ts';
import { formatValidationError } from './validationError.ts';
import { eventRecord, rawDataset } from '../testing/fixtures.ts';

const errorsOf = (events: unknown[]) => {
  const result = validateDataset(rawDataset(events));
  return result.ok ? [] : result.errors.map(formatValidationError);
};

describe('validateDataset', () => {
  it('accepts a valid dataset and sorts its events by time', () => {
    const result = validateDataset(
      rawDataset([
        eventRecord({ id: 'b', start: '2018' }),
        eventRecord({ id: 'a', start: '2016' }),
      ]),
    );
    expect(result.ok && result.dataset.events.map((e) => e.id)).toEqual(['a', 'b']);
  });

  it.each([
    [
      'a bad date',
      eventRecord({ id: 'x', start: '2016-02-30' }),
      'events: x, field "start": is not a real calendar date',
    ],
    [
      'a date in another format',
      eventRecord({ id: 'x', start: '04/02/2016' }),
      'events: x, field "start": must be a date written YYYY, YYYY-MM or YYYY-MM-DD',
    ],
    [
      'an unknown category',
      eventRecord({ id: 'x', category: 'espionage' }),
      'events: x, field "category": unknown category "espionage"',
    ],
    [
      'an unknown actor',
      eventRecord({ id: 'x', actors: ['apt99'] }),
      'events: x, field "actors[0]": unknown actor "apt99"',
    ],
    [
      'an end before its start',
      eventRecord({ id: 'x', start: '2016-02-04', end: '2016-01' }),
      'events: x, field "end": must not be before start (2016-02-04)',
    ],
    [
      'a dangling related id',
      eventRecord({ id: 'x', related: [{ id: 'nowhere', type: 'follows' }] }),
      'events: x, field "related[0].id": no event has the id "nowhere"',
    ],
    [
      'a source that is not https',
      eventRecord({
        id: 'x',
        sources: [{ title: 't', publisher: 'p', url: 'http://example.org', date: '2016' }],
      }),
      'events: x, field "sources[0].url": must be an https:// URL',
    ],
    [
      'a javascript: URL',
      eventRecord({
        id: 'x',
        sources: [{ title: 't', publisher: 'p', url: 'javascript:alert(1)', date: '2016' }],
      }),
      'events: x, field "sources[0].url": must be an https:// URL',
    ],
    [
      'an event without sources',
      eventRecord({ id: 'x', sources: [] }),
      'events: x, field "sources": needs at least one source',
    ],
    [
      'a missing title',
      { ...eventRecord({ id: 'x' }), title: undefined },
      'events: x, field "title": is required but missing',
    ],
    [
      'a misspelt field',
      { ...eventRecord({ id: 'x' }), sumary: 'typo' },
      'events: x, field "sumary": is not a field of this format',
    ],
    [
      'a negative amount',
      eventRecord({ id: 'x', amountUsd: -5 }),
      'events: x, field "amountUsd": must be a positive number of US dollars',
    ],
    [
      'an id that is not kebab-case',
      eventRecord({ id: 'Bad_Id' }),
      'events: Bad_Id, field "id": must be kebab-case',
    ],
    [
      'a quote without its speaker',
      {
        ...eventRecord({ id: 'x' }),
        quote: {
          text: 'Words',
          source: { title: 't', publisher: 'p', url: 'https://example.org', date: '2016' },
        },
      },
      'events: x, field "quote.by": is required but missing',
    ],
    [
      'a quote whose source is not https',
      eventRecord({
        id: 'x',
        quote: {
          text: 'Words',
          by: 'Someone',
          source: { title: 't', publisher: 'p', url: 'http://example.org', date: '2016' },
        },
      }),
      'events: x, field "quote.source.url": must be an https:// URL',
    ],
    [
      'a quote whose source has no date',
      eventRecord({
        id: 'x',
        quote: {
          text: 'Words',
          by: 'Someone',
          source: { title: 't', publisher: 'p', url: 'https://example.org' },
        },
      }),
      'events: x, field "quote.source.date": is required but missing',
    ],
    [
      'an unknown confidence',
      { ...eventRecord({ id: 'x' }), confidence: 'certain' },
      'events: x, field "confidence": must be one of: confirmed, attributed, suspected',
    ],
  ])('reports %s naming the event and the field', (_, event, message) => {
    expect(errorsOf([event]).join('\n')).toContain(message);
  });

  it.each([
    ['2018-05', '2018-05-01'],
    ['2018-05-15', '2018-05'],
    ['2018', '2018-01-01'],
  ])('accepts a start of %s with an end of %s, in the same period', (start, end) => {
    expect(errorsOf([eventRecord({ id: 'x', start, end })])).toEqual([]);
  });

  it('reports a duplicate id', () => {
    expect(
      errorsOf([eventRecord({ id: 'x' }), eventRecord({ id: 'x', title: 'Other' })]),
    ).toContain('events: x, field "id": duplicate id "x": ids must be unique');
  });

  it('reports two events with the same title and date', () => {
    const same = { title: 'Same', start: '2017-05-12' };
    expect(
      errorsOf([eventRecord({ id: 'a', ...same }), eventRecord({ id: 'b', ...same })]).join('\n'),
    ).toContain('events: b, field "title": another event has the same title and date (2017-05-12)');
  });

  it('reports an event related to itself', () => {
    expect(
      errorsOf([eventRecord({ id: 'x', related: [{ id: 'x', type: 'see-also' }] })]).join('\n'),
    ).toContain('cannot be related to itself');
  });

  it('reports a link whose two ends disagree about its type', () => {
    const a = eventRecord({ id: 'a', related: [{ id: 'b', type: 'charged-in' }] });
    const b = eventRecord({ id: 'b', category: 'legal', related: [{ id: 'a', type: 'follows' }] });
    expect(errorsOf([a, b]).join('\n')).toContain(
      'events: a, field "related[0].type": "charged-in" conflicts with "follows" stated on "b"',
    );
  });

  it('accepts a link stated from both ends with inverse types', () => {
    const a = eventRecord({ id: 'a', related: [{ id: 'b', type: 'charged-in' }] });
    const b = eventRecord({
      id: 'b',
      category: 'legal',
      related: [{ id: 'a', type: 'charges-for' }],
    });
    expect(errorsOf([a, b])).toEqual([]);
  });

  it('names an event without an id by its position', () => {
    expect(
      errorsOf([eventRecord({ id: 'a' }), { ...eventRecord({ id: 'b' }), id: undefined }]).join(
        '\n',
      ),
    ).toContain('events: #2, field "id"');
  });

  it('reports a file that is not an object with an events list instead of throwing', () => {
    const result = validateDataset({ ...rawDataset([]), events: [1, 2] });
    expect(result.ok).toBe(false);
  });
});

describe("validateDataset in lenient mode (readers' own data)", () => {
  const lenient = (events: unknown[]) => validateDataset(rawDataset(events), { lenient: true });

  it('shows the valid events and reports the others by id and field', () => {
    const result = lenient([
      eventRecord({ id: 'good' }),
      eventRecord({ id: 'bad', start: '2016-02-30' }),
      eventRecord({ id: 'worse', category: 'nope' }),
    ]);
    expect(result.ok && result.dataset.events.map((e) => e.id)).toEqual(['good']);
    expect(result.ok && result.skipped.map(formatValidationError)).toEqual([
      'events: bad, field "start": is not a real calendar date',
      expect.stringContaining('events: worse, field "category": unknown category "nope"'),
    ]);
  });

  it('accepts events without sources, confidence or short title', () => {
    const { confidence: _, shortTitle: __, ...bare } = eventRecord({ id: 'a', sources: [] });
    expect(lenient([bare]).ok).toBe(true);
  });

  it('drops a dangling link or unknown actor but keeps the event', () => {
    const result = lenient([
      eventRecord({ id: 'a', actors: ['nobody'], related: [{ id: 'gone', type: 'follows' }] }),
    ]);
    expect(result.ok && result.dataset.events[0]).toMatchObject({
      id: 'a',
      actors: [],
      related: [],
    });
  });

  it('fails with a clear message when no event is valid', () => {
    const result = lenient([eventRecord({ id: 'bad', start: 'soon' })]);
    expect(!result.ok && result.errors.map(formatValidationError)).toContain(
      'events: file, field "events": no valid events to show',
    );
  });

  it('fails when the file has no events list', () => {
    const result = validateDataset({ ...rawDataset([]), events: { items: [] } }, { lenient: true });
    expect(!result.ok && result.errors.map(formatValidationError)[0]).toContain(
      'must be a list of events',
    );
  });
});

describe('validateDataset in strict mode', () => {
  it('requires a confidence for the curated data', () => {
    const { confidence: _, ...bare } = eventRecord({ id: 'x' });
    expect(errorsOf([bare])).toContain('events: x, field "confidence": is required but missing');
  });

  it('requires a short title for the curated data', () => {
    const { shortTitle: _, ...bare } = eventRecord({ id: 'x' });
    expect(errorsOf([bare])).toContain('events: x, field "shortTitle": is required but missing');
  });
});
