import { describe, expect, it } from 'vitest';
import { toTimelineEvent } from '../data/timelineEvent.ts';
import { eventRecord } from '../testing/fixtures.ts';
import { OVERVIEW, overviewBars } from './overviewBars.ts';

const day = (s: string) => Date.parse(`${s}T00:00:00Z`);
const extent = { from: day('2016-01-01'), to: day('2017-01-01') };
const events = [
  toTimelineEvent(eventRecord({ id: 'a', start: '2016-01-02' })),
  toTimelineEvent(eventRecord({ id: 'b', start: '2016-01-03' })),
];

describe('overviewBars', () => {
  it('draws a bin every 4 px, the fullest reaching 6 px below the top of the strip', () => {
    const [bar] = overviewBars(events, extent, [{ id: 'theft' }], 400);
    expect(bar!.d).toBe(`M0,${OVERVIEW.headroom}h3v${OVERVIEW.height - OVERVIEW.headroom}h-3z`);
  });
});
