import { toTimelineEvent } from '../data/timelineEvent.ts';
import { layoutLanes } from '../layout/lanes.ts';
import { timeScale } from '../layout/timeScale.ts';
import { CATEGORIES, eventRecord } from './fixtures.ts';

/** A small laid-out timeline (two lanes, three events, 600 px wide) for the render layers' tests. */
export function smallLayout() {
  const ev = (id: string, start: string, extra = {}) =>
    toTimelineEvent(eventRecord({ id, title: `Event ${id}`, start, ...extra }));
  const events = [
    ev('heist', '2016-02-04'),
    ev('hack', '2016-09'),
    ev('charges', '2016-06-01', { category: 'legal', end: '2016-07-15' }),
  ];
  const x = timeScale([Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)], [0, 600]);
  const layout = layoutLanes(
    [
      { category: 'theft', events: events.filter((e) => e.category === 'theft') },
      { category: 'legal', events: events.filter((e) => e.category === 'legal') },
    ],
    x,
  );
  const categoryById = new Map(CATEGORIES.map((c) => [c.id, c]));
  return { events, x, layout, categoryById, width: 600 };
}
