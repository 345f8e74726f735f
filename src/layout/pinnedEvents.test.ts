import { describe, expect, it } from 'vitest';
import { toTimelineEvent } from '../data/timelineEvent.ts';
import { eventRecord } from '../testing/fixtures.ts';
import { pinnedEvents } from './pinnedEvents.ts';

const ev = (id: string, start: string, extra = {}) =>
  toTimelineEvent(eventRecord({ id, start, ...extra }));
const range = { from: Date.UTC(2016, 0, 1), to: Date.UTC(2017, 0, 1) };
const context = { lanes: ['theft', 'legal'], keeps: () => true, range };

describe('pinnedEvents', () => {
  it('pins the selected and the focused event, in that order', () => {
    const selected = ev('s', '2016-03-01');
    const focused = ev('f', '2016-06-01', { category: 'legal' });
    expect(pinnedEvents([selected, focused], context)).toEqual([selected, focused]);
  });

  it('pins nothing for an empty selection or focus', () => {
    expect(pinnedEvents([null, undefined], context)).toEqual([]);
  });

  it.each([
    ['in a lane that is not drawn', ev('a', '2016-03-01', { category: 'legal' }), ['theft']],
    ['far before the window', ev('b', '2015-06-01'), ['theft']],
    ['far after the window', ev('c', '2017-06-01'), ['theft']],
  ])('leaves out an event %s', (_, event, lanes) => {
    expect(pinnedEvents([event], { ...context, lanes })).toEqual([]);
  });

  it('leaves out an event the filters hide', () => {
    const hidden = ev('h', '2016-03-01');
    expect(pinnedEvents([hidden], { ...context, keeps: (e) => e.id !== 'h' })).toEqual([]);
  });

  it('keeps an event just outside the window, within a twentieth of its span', () => {
    const nearby = ev('n', '2016-12-31', { end: '2017-01-10' });
    const justBefore = ev('j', '2015-12-20');
    expect(pinnedEvents([nearby, justBefore], context)).toEqual([nearby, justBefore]);
  });
});
