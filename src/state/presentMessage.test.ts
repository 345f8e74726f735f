import { describe, expect, it } from 'vitest';
import { parsePresentMessage, presentMessage } from './presentMessage.ts';

describe('parsePresentMessage', () => {
  it('reads a step and the blank screen sent by the other window', () => {
    expect(parsePresentMessage(presentMessage(4, true))).toEqual(presentMessage(4, true));
  });

  it.each([
    ['nothing', null],
    ['a string', 'step 4'],
    ["another script's message", { type: 'resize', step: 4 }],
    ['a step that is not a whole number', { kind: 'dprk-timeline-present', step: 2.5 }],
    ['step 0', { kind: 'dprk-timeline-present', step: 0 }],
    ['a step as text', { kind: 'dprk-timeline-present', step: '4' }],
  ])('ignores %s', (_, data) => {
    expect(parsePresentMessage(data)).toBeNull();
  });
});
