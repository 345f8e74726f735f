import { describe, expect, it } from 'vitest';
import { brushShape } from './brushShape.ts';

describe('brushShape', () => {
  it('draws the window between its edges, inset 1 px top and bottom', () => {
    expect(brushShape(100, 250, 48).window).toEqual({ x: 100, y: 1, width: 150, height: 46 });
  });

  it('keeps a window zoomed far in at least 2 px wide', () => {
    expect(brushShape(100, 100.5, 48).window.width).toBe(2);
  });

  it('centres a 10 px handle on each edge, the full height of the strip', () => {
    expect(brushShape(100, 250, 48).handles).toEqual([
      { grip: 'from', x: 95, y: 0, width: 10, height: 48 },
      { grip: 'to', x: 245, y: 0, width: 10, height: 48 },
    ]);
  });
});
