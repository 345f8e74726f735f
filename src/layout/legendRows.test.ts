import { describe, expect, it } from 'vitest';
import { legendRows } from './legendRows.ts';

const measure = (text: string) => text.length * 10;
const items = [{ label: 'Thefts' }, { label: 'Sanctions' }, { label: 'Reports' }];

describe('legendRows', () => {
  it('puts items side by side while they fit', () => {
    const { placed, bottom } = legendRows(items, 1000, 74, measure);
    expect(placed.map((p) => [p.x, p.y])).toEqual([
      [12, 74],
      [98, 74],
      [214, 74],
    ]);
    expect(bottom).toBe(74);
  });

  it('wraps to a new row before an item that would cross the right margin', () => {
    const { placed, bottom } = legendRows(items, 240, 74, measure);
    expect(placed.map((p) => p.y)).toEqual([74, 74, 96]);
    expect(placed[2]!.x).toBe(12);
    expect(bottom).toBe(96);
  });
});
