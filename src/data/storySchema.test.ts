import { describe, expect, it } from 'vitest';
import { validateStory } from './validateStory.ts';
import { formatValidationError } from './validationError.ts';

const known = {
  eventIds: new Set(['sony-pictures-hack', 'wannacry-ransomware']),
  categoryIds: ['cyberattack', 'theft', 'attribution'],
};

const step = (fields: Record<string, unknown> = {}) => ({
  event: 'sony-pictures-hack',
  narration: 'Sony Pictures was hacked.',
  ...fields,
});
const story = (steps: unknown[] = [step()], fields: Record<string, unknown> = {}) => ({
  id: 'demo',
  title: 'A demo story',
  description: 'Two steps to show the format.',
  steps,
  ...fields,
});

const errorsOf = (raw: unknown) => {
  const result = validateStory(raw, known);
  return result.ok ? [] : result.errors.map(formatValidationError);
};

describe('validateStory', () => {
  it('accepts a valid story and returns it typed', () => {
    const raw = story([
      step({ questions: ['Who was blamed?'] }),
      {
        view: { from: '2014', to: '2018', cat: ['cyberattack'] },
        title: 'Overview',
        narration: 'The years in between.',
      },
    ]);
    const result = validateStory(raw, known);
    expect(result.ok && result.story.steps.map((s) => s.event ?? s.title)).toEqual([
      'sony-pictures-hack',
      'Overview',
    ]);
  });

  it.each([
    [
      'a missing title',
      story(undefined, { title: undefined }),
      'stories/demo: story, field "title": is required but missing',
    ],
    [
      'a misspelt field',
      story([step({ narative: 'typo' })]),
      'stories/demo: step 1, field "narative": is not a field of this format',
    ],
    [
      'an event id that is not kebab-case',
      story([step(), step({ event: 'Sony_Hack' })]),
      'stories/demo: step 2, field "event": must be kebab-case',
    ],
    [
      'an empty narration',
      story([step({ narration: '  ' })]),
      'stories/demo: step 1, field "narration": must not be empty',
    ],
    [
      'a narration that is too long',
      story([step({ narration: 'x'.repeat(901) })]),
      'stories/demo: step 1, field "narration": must be at most 900 characters',
    ],
    [
      'too many questions',
      story([step({ questions: ['a', 'b', 'c', 'd', 'e', 'f'] })]),
      'stories/demo: step 1, field "questions": must be at most 5 questions',
    ],
    [
      'an empty question',
      story([step({ questions: ['Why?', ''] })]),
      'stories/demo: step 1, field "questions[1]": must not be empty',
    ],
    [
      'a date that is not a date',
      story([step({ view: { from: '2016-02-30', to: '2017' } })]),
      'stories/demo: step 1, field "view.from": is not a real calendar date',
    ],
    [
      'an empty category list',
      story([step({ view: { cat: [] } })]),
      'stories/demo: step 1, field "view.cat": needs at least one category',
    ],
    [
      'a story without steps',
      story([]),
      'stories/demo: story, field "steps": needs at least one step',
    ],
    [
      'a story with too many steps',
      story(Array.from({ length: 61 }, () => step())),
      'stories/demo: story, field "steps": must be at most 60 steps',
    ],
    [
      'an unknown event',
      story([step(), step(), step({ event: 'nowhere' })]),
      'stories/demo: step 3, field "event": no event has the id "nowhere"',
    ],
    [
      'an unknown category',
      story([step({ view: { cat: ['theft', 'espionage'] } })]),
      'stories/demo: step 1, field "view.cat[1]": unknown category "espionage"',
    ],
    [
      'a window whose from is not before its to',
      story([step({ view: { from: '2018-06', to: '2018-06-01' } })]),
      'stories/demo: step 1, field "view.to": must be after from (2018-06)',
    ],
    [
      'half a window',
      story([step({ view: { from: '2018' } })]),
      'stories/demo: step 1, field "view.to": is required when from is given',
    ],
    [
      'a step with neither event nor view',
      story([{ title: 'Nothing', narration: 'Nothing to show.' }]),
      'stories/demo: step 1: needs an event, a view or an era',
    ],
    [
      'a view step without a title',
      story([{ view: { from: '2014', to: '2018' }, narration: 'No heading.' }]),
      'stories/demo: step 1, field "title": is required when the step has no event',
    ],
  ])('reports %s naming the step and the field', (_, raw, message) => {
    expect(errorsOf(raw).join('\n')).toContain(message);
  });

  it.each([
    ['null', null],
    ['a string', 'a story'],
    ['an array', [story()]],
    ['steps that are not objects', story([1, 'two', null])],
  ])('returns errors instead of throwing for %s', (_, raw) => {
    expect(() => validateStory(raw, known)).not.toThrow();
    expect(errorsOf(raw).length).toBeGreaterThan(0);
  });

  it('names a story without a usable id "story"', () => {
    expect(errorsOf(story(undefined, { id: 42 }))[0]).toMatch(/^story: story, field "id": /);
  });
});
