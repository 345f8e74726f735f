import { describe, expect, it } from 'vitest';
import { axisTicks } from './ticks.ts';
import { parsePartialDate } from '../data/partialDate.ts';
import { estimateTextWidth } from './textWidth.ts';
import { axisLabels } from './axisLabels.ts';
import { timeScale } from './timeScale.ts';
import { DAY, YEAR } from '../data/day.ts';

/** From the start of one partial date to the start of another, in any year. */
const years = (from: string, to: string) => ({
  from: parsePartialDate(from)!.start,
  to: parsePartialDate(to)!.start,
});
const labels = (r: { from: number; to: number }, width: number) =>
  axisTicks(r, width).ticks.map((t) => t.label);

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

describe('axisTicks in any year', () => {
  it('ticks the years 602 to 720 every decade, without leading zeros', () => {
    expect(labels(years('0600', '0721'), 1280)).toEqual([
      '600s',
      '610s',
      '620s',
      '630s',
      '640s',
      '650s',
      '660s',
      '670s',
      '680s',
      '690s',
      '700s',
      '710s',
      '720s',
    ]);
  });

  it('reads years BC with BC and ticks on round years, putting the tick of the missing year 0 on AD 1', () => {
    expect(labels(years('-0050', '0031'), 600)).toEqual([
      '50 BC',
      '40 BC',
      '30 BC',
      '20 BC',
      '10 BC',
      'AD 1',
      '10',
      '20',
      '30',
    ]);
  });

  it('ticks the whole age of the universe in billions of years ago', () => {
    const t = axisTicks(years('-13800000000', '2026'), 1366);
    expect(t.ticks.map((x) => x.label)).toEqual([
      '12 billion years ago',
      '10 billion years ago',
      '8 billion years ago',
      '6 billion years ago',
      '4 billion years ago',
      '2 billion years ago',
    ]);
    expect(t.context).toEqual([]);
  });

  it('ticks a window around the Earth’s formation with as many decimals as the step needs', () => {
    expect(labels(years('-4700000000', '-4500000000'), 1366)).toContain('4.6 billion years ago');
  });

  it('ticks hominin time in millions of years ago', () => {
    expect(labels(years('-3000000', '-0001'), 1366)).toContain('1.5 million years ago');
  });

  it('keeps every label clear of the next one, even when labels are long, on a phone', () => {
    for (const r of [
      years('-13800000000', '2026'),
      years('-3000000', '-0001'),
      years('-4700000000', '-4500000000'),
    ]) {
      const t = axisTicks(r, 390);
      const px = (ms: number) => ((ms - r.from) / (r.to - r.from)) * 390;
      t.ticks.slice(1).forEach((tick, i) => {
        const prev = t.ticks[i]!;
        expect(px(tick.t) - px(prev.t)).toBeGreaterThan(estimateTextWidth(prev.label, 12) + 4);
      });
      expect(t.ticks.length).toBeGreaterThan(0);
    }
  });

  it('ticks the years beyond 9999 with grouped digits', () => {
    expect(labels(years('+12000', '+12500'), 1280)).toContain('12,100');
  });

  it('falls back to yearly ticks when a window of days lies beyond the range of Date', () => {
    const from = parsePartialDate('-13800000000-03-01')!.start;
    const t = axisTicks({ from, to: from + 30 * 86_400_000 }, 1280);
    expect(t.level).toBe('year');
    expect(t.ticks).toEqual([]);
  });

  it('ticks the universe on a phone in numbers, with the unit once in the context row', () => {
    const t = axisTicks(years('-14400000000', '+414000000'), 365);
    expect(t.context.map((c) => c.label)).toEqual(['billion years ago']);
    expect(t.ticks.map((x) => x.label)).toEqual(['14', '12', '10', '8', '6', '4', '2']);
  });

  it('ticks hundreds of thousands of years BC on a phone as numbers under "Years BC"', () => {
    const t = axisTicks(years('-0450000', '2026'), 330);
    expect(t.context.map((c) => c.label)).toEqual(['Years BC']);
    expect(t.ticks.map((x) => x.label)).toEqual([
      '400,000',
      '300,000',
      '200,000',
      '100,000',
      'AD 1',
    ]);
  });
});

/** The labels the axis draws in a window `span` long that ends at `end`, `width` px wide. */
function shownLabels(end: number, span: number, width: number) {
  const r = { from: end - span, to: end + span * 0.03 };
  const ticks = axisTicks(r, width);
  const drawn = axisLabels(ticks, timeScale([r.from, r.to], [0, width]), width, estimateTextWidth);
  return drawn.ticks.filter((t) => t.show).map((t) => t.label);
}

describe('axisTicks on a phone', () => {
  // Spans from three days to the age of the universe, in steps of a quarter of a power of ten.
  const spans = Array.from({ length: 57 }, (_, i) => 3 * DAY * 10 ** (i / 4)).filter(
    (s) => s < 15e9 * YEAR,
  );

  it.each([
    ['in 2025', Date.UTC(2025, 0, 1), (s: number) => s < 3000 * YEAR],
    ['in 2500 BC', parsePartialDate('-2500')!.start, (s: number) => s < 2000 * YEAR],
    ['ending today, a million years or more', Date.UTC(2025, 0, 1), (s: number) => s >= 1e6 * YEAR],
  ])('shows at least three labels at every scale %s', (_, end, within) => {
    for (const span of spans.filter(within)) {
      const shown = shownLabels(end, span, 330);
      expect(shown.length, `${span / DAY} days: ${shown.join(', ')}`).toBeGreaterThanOrEqual(3);
    }
  });
});
