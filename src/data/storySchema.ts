import * as v from 'valibot';
import { IsoDate, Slug, text } from './schema.ts';

/*
 * The format of a story: a guided walk through the timeline for presenting to a class, one file
 * per story in data/stories/<id>.json. Like schema.ts this describes only the shape; the rules
 * that need the dataset or more than one field (events and categories that exist, from before to,
 * an event or a view on every step, a title where there is no event) are in validateStory.
 */

/** Where the timeline goes for a step: a window and the visible categories, as in the URL. */
export const StoryViewSchema = v.strictObject({
  from: v.optional(IsoDate),
  to: v.optional(IsoDate),
  // An empty list would hide every event; leaving `cat` out already means "all categories".
  cat: v.optional(
    v.pipe(v.array(Slug), v.minLength(1, 'needs at least one category; leave out cat to show all')),
  ),
});

export const StoryStepSchema = v.strictObject({
  /** The event this step opens. */
  event: v.optional(Slug),
  /** An era (from eras.json) this step highlights; the others are dimmed. */
  era: v.optional(Slug),
  view: v.optional(StoryViewSchema),
  /** The step's heading; required when there is no event to take it from. */
  title: v.optional(text(120)),
  /** What the presenter says: a few plain sentences. */
  narration: text(900),
  /** Questions to discuss with the class after the step. */
  questions: v.optional(v.pipe(v.array(text(300)), v.maxLength(5, 'must be at most 5 questions'))),
});

export const StorySchema = v.strictObject({
  id: Slug,
  title: text(100),
  description: text(400),
  /** Who the story is written for, e.g. "secondary school". */
  audience: v.optional(text(120)),
  steps: v.pipe(
    v.array(StoryStepSchema),
    v.minLength(1, 'needs at least one step'),
    v.maxLength(60, 'must be at most 60 steps'),
  ),
});

export type Story = v.InferOutput<typeof StorySchema>;
export type StoryStep = v.InferOutput<typeof StoryStepSchema>;
export type StoryView = v.InferOutput<typeof StoryViewSchema>;
