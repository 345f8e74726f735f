import { describe, expect, it } from 'vitest';
import { toTimelineEvent } from '../data/timelineEvent.ts';
import { ERA_A, eventRecord } from '../testing/fixtures.ts';
import { toTimelineEra } from '../data/timelineEra.ts';
import { eventSteps, storySteps } from './presentSteps.ts';
import { windowAround } from './timeRange.ts';

const heist = toTimelineEvent(eventRecord({ id: 'heist', title: 'Heist', start: '2016-02-04' }));
const byId = new Map([[heist.id, heist]]);
const fallback = { from: 0, to: 1 };

describe('eventSteps', () => {
  it('makes one step per event, with the event title and no narration', () => {
    expect(eventSteps([heist])).toMatchObject([
      { title: 'Heist', event: heist, narration: null, questions: [] },
    ]);
  });
});

describe('storySteps', () => {
  const story = {
    id: 's',
    title: 'Story',
    description: 'd',
    steps: [
      { view: { from: '2015', to: '2018', cat: ['theft'] }, title: 'Overview', narration: 'Look.' },
      { event: 'heist', narration: 'This happened.', questions: ['Why?'] },
      { event: 'missing', title: 'Gone', narration: 'Kept anyway.' },
    ],
  };
  const steps = storySteps(story, byId, fallback);

  it('takes a view step window from its dates, through the end of the last period', () => {
    expect(steps[0]).toMatchObject({
      title: 'Overview',
      event: null,
      categories: ['theft'],
      range: { from: Date.UTC(2015, 0, 1), to: Date.UTC(2019, 0, 1) },
    });
  });
  it('takes an event step title from its event, and keeps the narration and questions', () => {
    expect(steps[1]).toMatchObject({
      title: 'Heist',
      event: heist,
      narration: 'This happened.',
      questions: ['Why?'],
      range: windowAround(heist),
    });
  });
  it('keeps a step whose event is missing, with its own title and the fallback window', () => {
    expect(steps[2]).toMatchObject({ title: 'Gone', event: null, range: fallback });
  });
});

describe('storySteps with eras', () => {
  it('highlights a step era and shows its span when the step gives no view or event', () => {
    const talks = toTimelineEra(ERA_A);
    const [step] = storySteps(
      {
        id: 's',
        title: 'S',
        description: 'D',
        steps: [{ era: 'talks', title: 'The talks', narration: 'N' }],
      },
      new Map(),
      { from: 0, to: Date.UTC(2030, 0, 1) },
      [talks],
    );
    expect(step!.era).toBe('talks');
    expect(step!.range.from).toBeLessThan(talks.t0);
    expect(step!.range.to).toBeGreaterThan(talks.t1);
  });
});
