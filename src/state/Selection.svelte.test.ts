import { describe, expect, it } from 'vitest';
import { preferReducedMotion } from '../testing/reducedMotion.ts';
import { toTimelineEvent } from '../data/timelineEvent.ts';
import { eventRecord } from '../testing/fixtures.ts';
import { Selection } from './Selection.svelte.ts';
import { TimeWindow } from './TimeWindow.svelte.ts';

const events = [
  toTimelineEvent(eventRecord({ id: 'early', start: '2008-05-01' })),
  toTimelineEvent(eventRecord({ id: 'late', start: '2019-05-01', category: 'legal' })),
];
const byId = new Map(events.map((e) => [e.id, e]));
const extent = { from: Date.UTC(2008, 0, 1), to: Date.UTC(2020, 0, 1) };

describe('Selection', () => {
  preferReducedMotion();

  it('opens an event, focuses it, and zooms an overview of many years to its neighbourhood', () => {
    const time = new TimeWindow(extent);
    const selection = new Selection(byId, time);
    selection.select('late');
    expect(selection.selected?.id).toBe('late');
    expect(selection.focusedId).toBe('late');
    expect(time.range.to - time.range.from).toBeLessThan(4 * 365 * 86_400_000);
    expect(time.range.from).toBeLessThan(events[1]!.t0);
    expect(time.range.to).toBeGreaterThan(events[1]!.t1);
  });

  it('only pans to an event out of a narrow window, keeping its span', () => {
    const time = new TimeWindow(extent);
    const window = { from: Date.UTC(2010, 0, 1), to: Date.UTC(2011, 0, 1) };
    time.setRange(window);
    new Selection(byId, time).select('early');
    expect(time.range.to - time.range.from).toBe(window.to - window.from);
    expect(time.range.from).toBeLessThan(events[0]!.t0);
  });

  it('shows the lane of the event it opens', () => {
    const shown: string[] = [];
    const selection = new Selection(byId, new TimeWindow(extent), (e) => shown.push(e.category));
    selection.select('late');
    expect(shown).toEqual(['legal']);
  });

  it('opens nothing for an unknown id, and keeps the focus where it was', () => {
    const selection = new Selection(byId, new TimeWindow(extent));
    selection.focusedId = 'early';
    selection.select('nope');
    expect([selection.selectedId, selection.selected, selection.focusedId]).toEqual([
      null,
      null,
      'early',
    ]);
  });
});
