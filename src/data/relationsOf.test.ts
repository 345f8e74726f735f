import { describe, expect, it } from 'vitest';
import { indexRelations } from './relationsOf.ts';
import { toTimelineEvent } from './timelineEvent.ts';
import { eventRecord } from '../testing/fixtures.ts';

describe('indexRelations', () => {
  const heist = toTimelineEvent(
    eventRecord({
      id: 'heist',
      start: '2016-02',
      related: [{ id: 'charges', type: 'charged-in' }],
    }),
  );
  const charges = toTimelineEvent(
    eventRecord({ id: 'charges', start: '2018-09-06', category: 'legal' }),
  );
  const index = indexRelations([heist, charges]);

  it('lists a link on the event that states it', () => {
    expect(index.get('heist')!.map((r) => [r.label, r.event.id])).toEqual([
      ['Charged in', 'charges'],
    ]);
  });

  it('lists the reverse link on the other event, so chains read both ways', () => {
    expect(index.get('charges')!.map((r) => [r.label, r.event.id])).toEqual([
      ['Charges for', 'heist'],
    ]);
  });

  it('does not list a link twice when both events state it', () => {
    const back = toTimelineEvent(
      eventRecord({
        id: 'charges',
        category: 'legal',
        related: [{ id: 'heist', type: 'charges-for' }],
      }),
    );
    expect(indexRelations([heist, back]).get('heist')).toHaveLength(1);
  });
});
