import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../layout/eventFilter.ts';
import { parseViewParams, serializeViewParams, type ViewParams } from './urlCodec.ts';

const ctx = {
  categoryIds: ['theft', 'legal', 'sanction'],
  eventIds: new Set(['bangladesh-bank-heist']),
  actorIds: new Set(['lazarus-group', 'apt38']),
  countryCodes: new Set(['BD', 'KR']),
};
const DEFAULTS: ViewParams = {
  range: null,
  categories: null,
  event: null,
  filters: NO_FILTERS,
  show: null,
  money: false,
  eras: true,
  compare: null,
  present: false,
  landmarks: false,
  story: null,
  step: null,
};
const day = (s: string) => Date.parse(s);

describe('parseViewParams', () => {
  it('reads the window, categories and selected event', () => {
    expect(
      parseViewParams(
        '?from=2016-01-01&to=2018-12-31&cat=theft,sanction&event=bangladesh-bank-heist',
        ctx,
      ),
    ).toEqual({
      ...DEFAULTS,
      range: { from: day('2016-01-01'), to: day('2018-12-31') },
      categories: ['theft', 'sanction'],
      event: 'bangladesh-bank-heist',
    });
  });

  it('accepts years and months as window bounds', () => {
    expect(parseViewParams('?from=2016&to=2018-06', ctx).range).toEqual({
      from: day('2016-01-01'),
      to: day('2018-06-01'),
    });
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

  it('shows the eras unless eras=0 hides them', () => {
    expect(parseViewParams('', ctx).eras).toBe(true);
    expect(parseViewParams('?eras=0', ctx).eras).toBe(false);
    expect(parseViewParams('?eras=nope', ctx).eras).toBe(true);
    expect(serializeViewParams({ ...DEFAULTS, eras: false })).toBe('?eras=0');
    expect(serializeViewParams(DEFAULTS)).toBe('');
  });

  it('ignores an event id that does not exist', () => {
    expect(parseViewParams('?event=nope', ctx).event).toBeNull();
  });

  it('reads the search, the filters, the list view and the money chart', () => {
    expect(
      parseViewParams(
        '?q=BlueNoroff&actor=apt38,lazarus-group&country=bd&confidence=attributed&min=1000000&show=list&money=1',
        ctx,
      ),
    ).toEqual({
      ...DEFAULTS,
      filters: {
        query: 'BlueNoroff',
        actors: ['apt38', 'lazarus-group'],
        countries: ['BD'],
        confidence: ['attributed'],
        minAmount: 1e6,
      },
      show: 'list',
      money: true,
    });
  });

  it.each([
    ['an unknown actor', '?actor=apt99', { actors: [] }],
    ['an unknown country', '?country=XX', { countries: [] }],
    [
      'a country named like an Object property, and one given twice',
      '?country=__proto__,BD,xx,bd',
      { countries: ['BD'] },
    ],
    ['an unknown confidence', '?confidence=sure', { confidence: [] }],
    ['a negative minimum', '?min=-5', { minAmount: null }],
    ['a minimum that is not a number', '?min=lots', { minAmount: null }],
  ])('ignores %s', (_, q, expected) => {
    expect(parseViewParams(q, ctx).filters).toEqual({ ...NO_FILTERS, ...expected });
  });

  it('reads presentation mode, a story and a step', () => {
    expect(parseViewParams('?present=1&story=sony-to-wannacry&step=4', ctx)).toMatchObject({
      present: true,
      story: 'sony-to-wannacry',
      step: 4,
    });
  });

  it.each(['?step=4x', '?step=-1', '?step=0', '?step=', '?story=Bad_Id', '?story=../x'])(
    'ignores a bad step or story in %s',
    (q) => {
      expect(parseViewParams(q, ctx)).toMatchObject({ story: null, step: null });
    },
  );

  it('cuts an absurdly long query', () => {
    expect(parseViewParams(`?q=${'a'.repeat(5000)}`, ctx).filters.query).toHaveLength(200);
  });
});

describe('serializeViewParams', () => {
  it('writes at most 200 characters of search text, so the link stays short enough for servers', () => {
    const typed = `${'a'.repeat(199)}😀${'b'.repeat(108_000)}`;
    const written = new URLSearchParams(
      serializeViewParams({ ...DEFAULTS, filters: { ...NO_FILTERS, query: typed } }),
    ).get('q');
    expect(written).toBe('a'.repeat(199));
  });

  it('omits everything for the default view', () => {
    expect(serializeViewParams(DEFAULTS)).toBe('');
  });

  it('writes dates, not pixels, and keeps commas readable', () => {
    expect(
      serializeViewParams({
        ...DEFAULTS,
        range: { from: day('2016-01-01'), to: day('2018-12-31') },
        categories: ['theft', 'sanction'],
        event: 'bangladesh-bank-heist',
      }),
    ).toBe('?from=2016-01-01&to=2018-12-31&cat=theft,sanction&event=bangladesh-bank-heist');
  });

  it('keeps parameters it does not own', () => {
    expect(serializeViewParams({ ...DEFAULTS, event: 'x' }, '?embed=1&event=y')).toBe(
      '?embed=1&event=x',
    );
  });

  it('round-trips through parseViewParams', () => {
    const params: ViewParams = {
      range: { from: day('2017-05-01'), to: day('2017-06-01') },
      categories: ['legal'],
      event: 'bangladesh-bank-heist',
      filters: {
        query: 'bank heist',
        actors: ['apt38'],
        countries: ['KR'],
        confidence: ['suspected'],
        minAmount: 5e6,
      },
      show: 'list',
      money: true,
      eras: false,
      compare: [
        { from: day('2017-06-12'), to: day('2018-06-12') },
        { from: day('2018-06-12'), to: day('2019-06-12') },
      ],
      present: true,
      landmarks: false,
      story: 'sony-to-wannacry',
      step: 4,
    };
    expect(parseViewParams(serializeViewParams(params), ctx)).toEqual(params);
  });

  it('writes a comparison as two windows of inclusive days', () => {
    const compare = parseViewParams(
      '?compare=2017-06-12/2018-06-11,2018-06-12/2019-06-11',
      ctx,
    ).compare!;
    expect(serializeViewParams({ ...DEFAULTS, compare })).toBe(
      '?compare=2017-06-12/2018-06-11,2018-06-12/2019-06-11',
    );
  });

  it('writes a presentation of the landmarks only as present=landmarks', () => {
    const params = { ...DEFAULTS, present: true, landmarks: true, step: 2 };
    expect(serializeViewParams(params)).toBe('?present=landmarks&step=2');
    expect(parseViewParams('?present=landmarks&step=2', ctx)).toEqual(params);
  });
});
