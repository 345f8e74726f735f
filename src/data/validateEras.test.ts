import { describe, expect, it } from 'vitest';
import { ERA_A, ERA_B } from '../testing/fixtures.ts';
import { validateEras } from './validateEras.ts';
import { formatValidationError } from './validationError.ts';

const messages = (raw: unknown, lenient = false) =>
  validateEras(raw, { lenient }).errors.map(formatValidationError);

describe('validateEras', () => {
  it('accepts valid eras and returns them in time order, a running era ending at Infinity', () => {
    const { eras, errors } = validateEras({ eras: [ERA_B, ERA_A] });
    expect(errors).toEqual([]);
    expect(eras.map((e) => e.id)).toEqual(['talks', 'panel']);
    expect(eras[1]!.t1).toBe(Infinity);
  });

  it('names the era and field of a problem, as for events', () => {
    expect(messages({ eras: [{ ...ERA_A, start: '2016-13' }] })).toContain(
      'eras: talks, field "start": must be a date written YYYY, YYYY-MM or YYYY-MM-DD; the year may be negative for BC (-0044-03-15) or longer (+12000)',
    );
    expect(messages({ eras: [{ ...ERA_A, kind: 'war' }] })[0]).toMatch(
      /^eras: talks, field "kind": must be one of: diplomacy/,
    );
  });

  it('rejects duplicate ids, an end before the start and a curated era without sources', () => {
    expect(
      messages({
        eras: [ERA_A, { ...ERA_A, end: '2015' }, { ...ERA_B, sources: [] }],
      }),
    ).toEqual([
      'eras: talks, field "id": duplicate id "talks": ids must be unique',
      'eras: talks, field "end": must not be before start (2016-03)',
      'eras: panel, field "sources": needs at least one source',
    ]);
  });

  it('in a reader file, leaves a bad era out, keeps the rest and lets sources and kind go', () => {
    const { eras, errors } = validateEras(
      {
        eras: [
          { id: 'mine', title: 'Mine', start: '2019' },
          { ...ERA_A, url: 'x' },
        ],
      },
      { lenient: true },
    );
    expect(eras.map((e) => [e.id, e.kind])).toEqual([['mine', 'other']]);
    expect(errors.map(formatValidationError)).toEqual([
      'eras: talks, field "url": is not a field of this format (check its spelling)',
    ]);
  });

  it('says what is wrong with a file that has no list of eras', () => {
    expect(messages({ items: [] }, true)).toEqual([
      'eras: file, field "eras": must be a list of eras: { "eras": [ ... ] }',
    ]);
  });
});
