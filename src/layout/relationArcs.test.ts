import { describe, expect, it } from 'vitest';
import { relationArcs } from './relationArcs.ts';

const at = (id: string, x: number, y: number) => ({ event: { id }, x, y });
const marks = [at('open', 100, 100), at('near', 120, 80), at('far', 600, 200), at('left', 0, 100)];

describe('relationArcs', () => {
  it('draws one arc per related event that is drawn, bowing above the higher end', () => {
    expect(relationArcs(marks, 'open', ['near', 'hidden'])).toEqual([
      { id: 'near', d: 'M100,100 C100,63 120,63 120,80' },
    ]);
  });

  it('lifts an arc by at most 60 px, however far apart its ends are', () => {
    const [arc] = relationArcs(marks, 'left', ['far']);
    expect(arc!.d).toBe('M0,100 C0,40 600,40 600,200');
  });

  it('draws nothing while no event is open, or the open one is not drawn', () => {
    expect(relationArcs(marks, null, ['near'])).toEqual([]);
    expect(relationArcs(marks, 'hidden', ['near'])).toEqual([]);
  });
});
