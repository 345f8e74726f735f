import { describe, expect, it } from 'vitest';
import { chartBudget } from './chartBudget.ts';

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
