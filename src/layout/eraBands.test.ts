import { describe, expect, it } from 'vitest';
import { toTimelineEra } from '../data/timelineEra.ts';
import { ERA_A, ERA_B } from '../testing/fixtures.ts';
import { eraBandBox, layoutEras, MAX_ERA_ROWS } from './eraBands.ts';
import { estimateWidth } from './labels.ts';
import { timeScale } from './timeScale.ts';

const x = timeScale([Date.UTC(2016, 0, 1), Date.UTC(2019, 0, 1)], [0, 900]);
const era = (id: string, start: string, end?: string) =>
  toTimelineEra({ ...ERA_A, id, title: `Era ${id}`, start, end });

describe('layoutEras', () => {
  it('draws a band from an era start to its end, and a running era to the right edge', () => {
    const { bands } = layoutEras([ERA_A, ERA_B].map(toTimelineEra), x, 900, estimateWidth);
    const [talks, panel] = bands;
    expect(talks!.x0).toBeCloseTo(x(Date.UTC(2016, 2, 1)));
    expect(talks!.x1).toBeCloseTo(x(Date.UTC(2017, 6, 1)));
    expect(panel!.x1).toBe(900);
  });

  it('puts the labels of overlapping eras on different rows', () => {
    const { bands, rows } = layoutEras([ERA_A, ERA_B].map(toTimelineEra), x, 900, estimateWidth);
    expect(rows).toBe(2);
    expect(bands.map((b) => b.row)).toEqual([0, 1]);
  });

  it('shares a row between eras whose labels do not collide', () => {
    const { bands, rows } = layoutEras(
      [era('a', '2016-01', '2016-06'), era('b', '2017-01', '2017-06')],
      x,
      900,
      estimateWidth,
    );
    expect(rows).toBe(1);
    expect(bands.every((b) => b.label !== null)).toBe(true);
  });

  it('never lets two labels of a row overlap, and leaves a label out past the last row', () => {
    const crowd = ['01', '05', '09', '13', '17', '21'].map((d) =>
      era(`e${d}`, `2016-01-${d}`, `2016-01-${d}`),
    );
    const { bands, rows } = layoutEras(crowd, x, 900, estimateWidth);
    expect(rows).toBe(MAX_ERA_ROWS);
    const labelled = bands.filter((b) => b.label);
    for (const a of labelled)
      for (const b of labelled)
        if (a !== b && a.row === b.row)
          expect(
            a.labelX + estimateWidth(a.label!) <= b.labelX ||
              b.labelX + estimateWidth(b.label!) <= a.labelX,
          ).toBe(true);
    expect(bands.some((b) => b.label === null)).toBe(true);
  });

  it('keeps a label near the right edge inside the chart', () => {
    const { bands } = layoutEras([era('late', '2018-12-20')], x, 900, estimateWidth);
    expect(bands[0]!.labelX + estimateWidth(bands[0]!.label!)).toBeLessThanOrEqual(900);
  });

  it('leaves out eras outside the window', () => {
    expect(layoutEras([era('old', '2010', '2012')], x, 900, estimateWidth).bands).toEqual([]);
  });
});

describe('eraBandBox', () => {
  it('runs a band from the strip down to the lanes, with its bar and label on its own row', () => {
    const era = toTimelineEra(ERA_A);
    const band = { era, x0: 100, x1: 260, row: 1, label: 'An era', labelX: 104 };
    expect(eraBandBox(band, 46, 400, 18)).toEqual({
      x: 100,
      width: 160,
      y: 46,
      height: 354,
      barY: 64,
      barHeight: 15,
      labelY: 71.5,
    });
  });
});
