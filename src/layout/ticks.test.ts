import { describe, expect, it } from 'vitest';
import { axisTicks } from './ticks.ts';

const range = (from: string, to: string) => ({ from: Date.parse(from), to: Date.parse(to) });

describe('axisTicks', () => {
  it.each([
    ['twenty years on a phone', range('2006-01-01', '2026-01-01'), 360, 'half-decade'],
    ['twenty years on a desktop', range('2006-01-01', '2026-01-01'), 1280, 'year'],
    ['two years', range('2017-01-01', '2019-01-01'), 1280, 'quarter'],
    ['one year', range('2018-01-01', '2019-01-01'), 1280, 'month'],
    ['three months', range('2018-05-01', '2018-08-01'), 1280, 'week'],
    ['ten days', range('2018-06-05', '2018-06-15'), 1280, 'day'],
  ])('chooses a sensible level for %s', (_, r, width, level) => {
    expect(axisTicks(r, width).level).toBe(level);
  });

  it('labels months with the year in the context row above', () => {
    const t = axisTicks(range('2018-03-15', '2018-09-15'), 1280);
    expect(t.ticks.map((x) => x.label)).toEqual(['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep']);
    expect(t.context.map((x) => x.label)).toEqual(['2018']);
  });

  it('labels days with the month and year above, starting at the left edge', () => {
    const t = axisTicks(range('2018-06-28', '2018-07-04'), 1280);
    expect(t.ticks.map((x) => x.label)).toEqual(['28', '29', '30', '1', '2', '3']);
    expect(t.context.map((x) => x.label)).toEqual(['Jun 2018', 'Jul 2018']);
    expect(t.context[0]!.t).toBe(Date.parse('2018-06-28'));
  });

  it('uses UTC, so a year tick falls on 1 January 00:00 UTC', () => {
    const t = axisTicks(range('2010-06-01', '2026-06-01'), 1280);
    expect(t.level).toBe('year');
    expect(t.ticks[0]!.t).toBe(Date.UTC(2011, 0, 1));
  });
});
