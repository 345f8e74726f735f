import { describe, expect, it } from 'vitest';
import { preferReducedMotion } from '../testing/reducedMotion.ts';
import { validateDataset } from '../data/validateDataset.ts';
import { estimateWidth } from '../layout/labels.ts';
import { eventRecord, rawDataset } from '../testing/fixtures.ts';
import { TimelineFrame, type FrameInputs } from './TimelineFrame.svelte.ts';
import { ViewState } from './ViewState.svelte.ts';

function setUp(inputs: Partial<FrameInputs> = {}) {
  const result = validateDataset(
    rawDataset([
      eventRecord({ id: 'a', start: '2016-01-01' }),
      eventRecord({ id: 'b', start: '2017-12-31', category: 'legal' }),
    ]),
  );
  if (!result.ok) throw new Error('fixture is invalid');
  const view = new ViewState(result.dataset);
  const tf = new TimelineFrame(
    view,
    () => ({ relations: [], laneName: (id) => id, ...inputs }),
    estimateWidth,
  );
  tf.width = 900;
  return { view, tf };
}

describe('TimelineFrame', () => {
  preferReducedMotion();

  it('lays out a mark for each event in view, in its own lane', () => {
    const { tf } = setUp();
    const lanes = tf.frame.lanes.marks.map((m) => [m.event.id, m.lane]);
    expect(lanes).toEqual(
      expect.arrayContaining([
        ['a', 'theft'],
        ['b', 'legal'],
      ]),
    );
    expect(tf.empty).toBe(false);
  });

  it("draws only a slide's lanes when it names them", () => {
    const { tf } = setUp({ lanes: ['legal'] });
    expect(tf.laneIds).toEqual(['legal']);
    expect(tf.frame.lanes.marks.map((m) => m.event.id)).toEqual(['b']);
  });

  it('gives the tab stop to the focused mark, and shows its tooltip while focus is inside', () => {
    const { view, tf } = setUp();
    view.focusedId = 'b';
    expect(tf.stop.eventId).toBe('b');
    expect(tf.tip).toBeNull();
    tf.focusInside = true;
    expect(tf.tip?.event.id).toBe('b');
    tf.hoverId = 'a';
    expect(tf.tip?.event.id).toBe('a');
  });

  it('says it is empty when the search matches nothing', () => {
    const { view, tf } = setUp();
    view.filters.criteria = { ...view.filters.criteria, query: 'no such words anywhere' };
    expect(tf.empty).toBe(true);
  });
});
