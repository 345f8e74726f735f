import { describe, expect, it } from 'vitest';
import { parseViewParams, serializeViewParams } from './urlCodec.ts';

const ctx = { categoryIds: ['theft', 'legal', 'sanction'], eventIds: new Set(['bangladesh-bank-heist']) };
const day = (s: string) => Date.parse(s);

describe('parseViewParams', () => {
  it('reads the window, categories and selected event', () => {
    expect(parseViewParams('?from=2016-01-01&to=2018-12-31&cat=theft,sanction&event=bangladesh-bank-heist', ctx)).toEqual({
      range: { from: day('2016-01-01'), to: day('2018-12-31') },
      categories: ['theft', 'sanction'],
      event: 'bangladesh-bank-heist',
    });
  });

  it('accepts years and months as window bounds', () => {
    expect(parseViewParams('?from=2016&to=2018-06', ctx).range).toEqual({ from: day('2016-01-01'), to: day('2018-06-01') });
  });

  it.each([
    ['an empty query', ''],
    ['a from after to', '?from=2018&to=2016'],
    ['an impossible date', '?from=2016-02-30&to=2018'],
    ['a missing to', '?from=2016'],
    ['garbage', '?from=<script>&to=%E0%A4%A'],
  ])('falls back to the whole timeline for %s', (_, q) => {
    expect(parseViewParams(q, ctx).range).toBeNull();
  });

  it('drops unknown categories and shows all when none is known', () => {
    expect(parseViewParams('?cat=theft,bogus', ctx).categories).toEqual(['theft']);
    expect(parseViewParams('?cat=bogus', ctx).categories).toBeNull();
    expect(parseViewParams('?cat=', ctx).categories).toBeNull();
  });

  it('ignores an event id that does not exist', () => {
    expect(parseViewParams('?event=nope', ctx).event).toBeNull();
  });
});

describe('serializeViewParams', () => {
  it('omits everything for the default view', () => {
    expect(serializeViewParams({ range: null, categories: null, event: null })).toBe('');
  });

  it('writes dates, not pixels, and keeps commas readable', () => {
    expect(
      serializeViewParams({ range: { from: day('2016-01-01'), to: day('2018-12-31') }, categories: ['theft', 'sanction'], event: 'bangladesh-bank-heist' }),
    ).toBe('?from=2016-01-01&to=2018-12-31&cat=theft,sanction&event=bangladesh-bank-heist');
  });

  it('keeps parameters it does not own', () => {
    expect(serializeViewParams({ range: null, categories: null, event: 'x' }, '?embed=1&event=y')).toBe('?embed=1&event=x');
  });

  it('round-trips through parseViewParams', () => {
    const params = { range: { from: day('2017-05-01'), to: day('2017-06-01') }, categories: ['legal'], event: 'bangladesh-bank-heist' };
    expect(parseViewParams(serializeViewParams(params), ctx)).toEqual(params);
  });
});
