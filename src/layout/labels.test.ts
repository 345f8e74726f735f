import { timeScale } from './timeScale.ts';
import { describe, expect, it } from 'vitest';
import { toTimelineEvent } from '../data/timelineEvent.ts';
import { eventRecord } from '../testing/fixtures.ts';
import { layoutLanes as layoutInputs } from './lanes.ts';
import type { TimelineEvent } from '../data/timelineEvent.ts';

const layoutLanes = (events: TimelineEvent[], lanes: string[], scale: typeof x) =>
  layoutInputs(
    lanes.map((category) => ({ category, events: events.filter((e) => e.category === category) })),
    scale,
  );
import { estimateWidth, labelText, placeLabels } from './labels.ts';

const x = timeScale([Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)], [0, 1000]);
const ev = (id: string, start: string, extra = {}) =>
  toTimelineEvent(eventRecord({ id, start, title: `${id} event title`, ...extra }));
const place = (events: ReturnType<typeof ev>[], width = 1000) =>
  placeLabels(layoutLanes(events, ['theft'], x).marks, width);

const overlaps = (a: { x: number; anchor: string; text: string; y: number }, b: typeof a) => {
  const span = (l: typeof a) =>
    l.anchor === 'start' ? [l.x, l.x + estimateWidth(l.text)] : [l.x - estimateWidth(l.text), l.x];
  const [a0, a1] = span(a);
  const [b0, b1] = span(b);
  return a.y === b.y && a0! < b1! && b0! < a1!;
};

describe('placeLabels', () => {
  it('labels an event to the right of its mark when there is room', () => {
    const [label] = place([ev('a', '2016-03-01')]);
    expect(label).toMatchObject({ id: 'a', anchor: 'start' });
  });

  it('moves a label to the left of its mark near the right edge', () => {
    expect(place([ev('a', '2016-12-20')])[0]).toMatchObject({ anchor: 'end' });
  });

  it('never lets two labels overlap', () => {
    const events = ['01', '08', '15', '22', '29'].map((d, i) => ev(`e${i}`, `2016-03-${d}`));
    const labels = place(events);
    for (const a of labels) for (const b of labels) if (a !== b) expect(overlaps(a, b)).toBe(false);
  });

  it('gives a contested label to the more important event, not the earlier one', () => {
    // The landmark's right side is blocked by a later mark, and its left side is exactly where
    // the earlier event's label would go: only one of the two can be labelled.
    const labels = place([
      ev('aaa', '2016-02-06'),
      ev('bbb', '2016-04-01', { importance: 3 }),
      ev('ccc', '2016-04-19'),
    ]);
    expect(labels.map((l) => l.id)).toContain('bbb');
    expect(labels.map((l) => l.id)).not.toContain('aaa');
  });

  it('labels the selected event before any other', () => {
    const marks = layoutLanes(
      [
        ev('aaa', '2016-02-06'),
        ev('bbb', '2016-04-01', { importance: 3 }),
        ev('ccc', '2016-04-19'),
      ],
      ['theft'],
      x,
    ).marks;
    expect(placeLabels(marks, 1000, 'aaa').map((l) => l.id)).toContain('aaa');
  });

  it('labels the selected event even when other marks crowd it', () => {
    const crowd = ['02-01', '02-08', '02-15', '02-22', '03-01', '03-08', '03-15'].map((d, i) =>
      ev(`e${i}`, `2016-${d}`),
    );
    const marks = layoutLanes(crowd, ['theft'], x).marks;
    expect(placeLabels(marks, 1000, 'e3').map((l) => l.id)).toContain('e3');
  });

  it('leaves an event unlabelled when there is no room at all', () => {
    expect(place([ev('a', '2016-06-01')], 60)).toEqual([]);
  });
});

describe('labelText', () => {
  it('keeps short titles whole and shortens long ones with an ellipsis', () => {
    expect(labelText('Sony Pictures hack')).toBe('Sony Pictures hack');
    expect(labelText('A very long title that goes on and on about a heist')).toMatch(/…$/);
  });
});
