import { describe, expect, it } from 'vitest';
import { axisLabels } from './axisLabels.ts';
import { timeScale } from './timeScale.ts';

// Every character 10 px wide: easy to reason about.
const measure = (text: string) => text.length * 10;
const x = timeScale([0, 1000], [0, 1000]);

describe('axisLabels', () => {
  it('leaves out a tick label that would run off the right edge, but keeps its grid line', () => {
    const { ticks } = axisLabels(
      {
        context: [],
        ticks: [
          { t: 100, label: '2016' },
          { t: 980, label: '2017' },
        ],
      },
      x,
      1000,
      measure,
    );
    expect(ticks.map((t) => [t.label, t.show])).toEqual([
      ['2016', true],
      ['2017', false],
    ]);
  });

  it('drops the pinned context label when the next one would slide over it', () => {
    const near = axisLabels(
      {
        context: [
          { t: 0, label: '2016' },
          { t: 30, label: '2017' },
        ],
        ticks: [],
      },
      x,
      1000,
      measure,
    );
    expect(near.context.map((c) => c.label)).toEqual(['2017']);
  });

  it('keeps both context labels when there is room, each 4 px right of its tick', () => {
    const far = axisLabels(
      {
        context: [
          { t: 0, label: '2016' },
          { t: 500, label: '2017' },
        ],
        ticks: [],
      },
      x,
      1000,
      measure,
    );
    expect(far.context.map((c) => [c.label, c.x])).toEqual([
      ['2016', 4],
      ['2017', 504],
    ]);
  });

  it("draws a tick's grid line at its date and its label 4 px to the right", () => {
    const { ticks } = axisLabels(
      { context: [], ticks: [{ t: 100, label: '2016' }] },
      x,
      1000,
      measure,
    );
    expect(ticks.map((t) => [t.x, t.labelX])).toEqual([[100, 104]]);
  });
});
