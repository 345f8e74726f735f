import { describe, expect, it } from 'vitest';
import { brushKeyAction, dragBrush, stepWindow } from './brushMoves.ts';
import { MIN_SPAN } from './timeRange.ts';

const extent = { from: 0, to: 10_000 * MIN_SPAN };
const range = { from: 1000 * MIN_SPAN, to: 2000 * MIN_SPAN };
const span = range.to - range.from;
const moved = (delta: number) => ({ range: { from: range.from + delta, to: range.to + delta } });

describe('brushKeyAction', () => {
  it.each([
    ['ArrowLeft', moved(-span / 10)],
    ['ArrowRight', moved(span / 10)],
    ['PageUp', moved(-span)],
    ['PageDown', moved(span)],
    ['Home', moved(-range.from)],
    ['End', moved(extent.to - range.to)],
    ['ArrowUp', { zoom: 0.5 }],
    ['ArrowDown', { zoom: 2 }],
    ['a', null],
  ])('%s', (key, action) => {
    expect(brushKeyAction(key, range, extent)).toEqual(action);
  });
});

describe('dragBrush', () => {
  it('moves the whole window with the pointer', () => {
    expect(dragBrush('move', range, 1500 * MIN_SPAN, 1600 * MIN_SPAN)).toEqual({
      from: 1100 * MIN_SPAN,
      to: 2100 * MIN_SPAN,
    });
  });

  it('moves one edge, never past the closest zoom from the other', () => {
    expect(dragBrush('to', range, 0, 1500 * MIN_SPAN)).toEqual({ ...range, to: 1500 * MIN_SPAN });
    expect(dragBrush('from', range, 0, 5000 * MIN_SPAN)).toEqual({
      from: range.to - MIN_SPAN,
      to: range.to,
    });
  });
});

describe('stepWindow', () => {
  it('moves the window by four fifths of its span, earlier or later', () => {
    expect(stepWindow(range, -1)).toEqual(moved(-span * 0.8).range);
    expect(stepWindow(range, 1)).toEqual(moved(span * 0.8).range);
  });
});
