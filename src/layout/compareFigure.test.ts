import { describe, expect, it } from 'vitest';
import { toTimelineEvent } from '../data/timelineEvent.ts';
import { eventRecord } from '../testing/fixtures.ts';
import { parseComparePeriods } from '../data/comparePeriodsText.ts';
import { comparePeriods } from './comparePeriods.ts';
import { FIGURE, compareFigure, theftsText } from './compareFigure.ts';

const measure = (text: string) => text.length * 6;
const ev = (id: string, start: string, category = 'theft', amountUsd?: number) =>
  toTimelineEvent(eventRecord({ id, start, category, amountUsd }));
const events = [
  ev('a', '2017-01-01', 'theft', 5e6),
  ev('b', '2017-07-02', 'legal'),
  ev('c', '2017-10-01', 'theft'),
  ev('d', '2018-01-01', 'theft', 1e6),
];
// A whole year beside its first half, so the shared time scale shows.
const summaries = comparePeriods(events, parseComparePeriods('2017/2017,2018-01/2018-06')!, [
  'theft',
  'legal',
]);
const figure = (note = 'Short note.') =>
  compareFigure(summaries, {
    labels: ['Before', 'After'],
    categoryLabel: (id) => (id === 'theft' ? 'Thefts' : 'Legal actions'),
    note,
    width: 1000,
    measure,
  });

describe('compareFigure', () => {
  it('sets the two windows side by side, each headed by its name and dates', () => {
    const [before, after] = figure().columns;
    expect(before!.heading).toBe('Before: 1 Jan 2017 – 31 Dec 2017');
    expect(after!.heading).toBe('After: 1 Jan 2018 – 30 Jun 2018');
    expect(before!.x).toBe(FIGURE.margin);
    expect(after!.x).toBeCloseTo(FIGURE.margin + before!.width + FIGURE.gap);
    expect(after!.x + after!.width).toBeCloseTo(1000 - FIGURE.margin);
  });

  it('draws every count on one scale, the largest count filling the room for bars', () => {
    const [before, after] = figure().columns;
    const room = before!.width - FIGURE.labelWidth - FIGURE.countWidth;
    expect(before!.rows.map((r) => [r.label, r.count])).toEqual([
      ['Thefts', 2],
      ['Legal actions', 1],
    ]);
    expect(before!.rows[0]!.barWidth).toBeCloseTo(room);
    expect(before!.rows[1]!.barWidth).toBeCloseTo(room / 2);
    expect(after!.rows[0]!.barWidth).toBeCloseTo(room / 2);
  });

  it('draws the shorter window as a shorter strip, its events at their place in time', () => {
    const [before, after] = figure().columns;
    expect(after!.strip.width / before!.strip.width).toBeCloseTo(181 / 365, 2);
    expect(before!.strip.ticks[0]).toBe(0);
    expect(before!.strip.ticks[1]! / before!.strip.width).toBeCloseTo(182 / 365, 2);
  });

  it('wraps the note across the whole width below the windows and counts it in the height', () => {
    const one = figure();
    const long = figure('word '.repeat(400));
    const stripBottom = one.columns[0]!.strip.y + FIGURE.stripHeight;
    expect(one.note.lines).toEqual(['Short note.']);
    expect(one.note.y).toBeGreaterThan(stripBottom);
    expect(long.note.lines.length).toBeGreaterThan(1);
    expect(long.height - one.height).toBe((long.note.lines.length - 1) * FIGURE.lineHeight);
  });
});

describe('theftsText', () => {
  it('gives the number of thefts, their total and how many have no amount', () => {
    expect(theftsText(summaries[0]!)).toBe(
      '2 thefts, $5,000,000 stolen (1 with no amount on record)',
    );
    expect(theftsText(summaries[1]!)).toBe('1 theft, $1,000,000 stolen');
  });
});
