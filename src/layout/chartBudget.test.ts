import { describe, expect, it } from 'vitest';
import { chartBudget, chartMetrics } from './chartBudget.ts';
import { COMPACT, METRICS } from './lanes.ts';

describe('chartBudget', () => {
  it('fills what an embed frame leaves between its controls and its credit line', () => {
    expect(chartBudget({ viewport: 500, top: 90, below: 110, embed: true }, 8, 2)).toBe(300);
  });

  it('fits the chart under the header when every lane then gets two rows (a 1920x1080 screen)', () => {
    expect(chartBudget({ viewport: 1080, top: 170, below: 70, embed: false }, 8, 2)).toBe(840);
  });

  it('fits the chart to a whole screen when the room under the header is short (a 1366x768 laptop)', () => {
    expect(chartBudget({ viewport: 768, top: 185, below: 70, embed: false }, 8, 2)).toBe(690);
  });
});

describe('chartMetrics', () => {
  const embed = { viewport: 500, top: 90, below: 40, embed: true };

  it('keeps the lanes their headers when every lane fits with one row', () => {
    expect(chartMetrics({ ...embed, viewport: 900 }, 600, 8, 3)).toBe(METRICS);
  });

  it('compacts an embed too short for a header and a row per lane', () => {
    expect(chartMetrics(embed, 370, 8, 3)).toBe(COMPACT);
  });

  it('fits eight compact lanes, the axis and three era rows in a 400 px frame', () => {
    const budget = chartBudget({ ...embed, viewport: 400, top: 70, below: 30 }, 8, 3);
    const height = COMPACT.axis + 3 * COMPACT.eraRow + 8 * (COMPACT.row + COMPACT.laneGap);
    expect(height).toBeLessThanOrEqual(budget);
  });

  it('never compacts a page: it scrolls instead', () => {
    expect(chartMetrics({ ...embed, embed: false }, 370, 8, 3)).toBe(METRICS);
  });
});
