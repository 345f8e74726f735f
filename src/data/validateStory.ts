import * as v from 'valibot';
import { parsePartialDate } from './partialDate.ts';
import { StorySchema, type Story, type StoryStep } from './storySchema.ts';
import { isRecord, issuesToErrors, type ValidationError } from './validationError.ts';

/** What a story is checked against: the ids that exist in the dataset. */
export interface StoryContext {
  eventIds: ReadonlySet<string>;
  categoryIds: readonly string[];
  /** The ids of the dataset's eras; without them a step's era is not checked. */
  eraIds?: ReadonlySet<string>;
}

export type StoryResult = { ok: true; story: Story } | { ok: false; errors: ValidationError[] };

/**
 * Validates a story: its shape, then each step against the dataset (known events and categories,
 * a window whose from is before its to, an event, a view or an era on every step). Never throws; every
 * problem comes back as a ValidationError naming the step ("step 3") and the field.
 */
export function validateStory(raw: unknown, known: StoryContext): StoryResult {
  const file =
    isRecord(raw) && typeof raw.id === 'string' && raw.id ? `stories/${raw.id}` : 'story';
  const parsed = v.safeParse(StorySchema, raw);
  if (!parsed.success) return { ok: false, errors: shapeErrors(file, parsed.issues) };
  const errors = parsed.output.steps.flatMap((step, i) =>
    checkStep(step, known).map(([field, message]) => ({
      file,
      record: `step ${i + 1}`,
      field,
      message,
    })),
  );
  return errors.length ? { ok: false, errors } : { ok: true, story: parsed.output };
}

/**
 * Names a step by its position, as a presenter counts them. Given no list to look ids up in,
 * issuesToErrors names every step "#3"; steps have no ids, so that is reworded "step 3".
 */
function shapeErrors(file: string, issues: readonly v.BaseIssue<unknown>[]): ValidationError[] {
  return issuesToErrors(file, 'steps', null, issues).map((e) => ({
    ...e,
    record: e.record === 'file' ? 'story' : e.record.replace(/^#/, 'step '),
  }));
}

/** The checks no schema can make: they need the dataset, or compare two fields. */
function checkStep(
  step: StoryStep,
  { eventIds, categoryIds, eraIds }: StoryContext,
): [field: string, message: string][] {
  const problems: [string, string][] = [];
  if (!step.event && !step.view && !step.era)
    problems.push(['', 'needs an event, a view or an era']);
  if (step.era && eraIds && !eraIds.has(step.era))
    problems.push(['era', `no era has the id "${step.era}"`]);
  if (!step.event && !step.title)
    problems.push(['title', 'is required when the step has no event']);
  if (step.event && !eventIds.has(step.event))
    problems.push(['event', `no event has the id "${step.event}"`]);
  step.view?.cat?.forEach((c, i) => {
    if (!categoryIds.includes(c))
      problems.push([
        `view.cat[${i}]`,
        `unknown category "${c}"; known: ${categoryIds.join(', ')}`,
      ]);
  });
  const { from, to } = step.view ?? {};
  // The URL codec drops half a window, so a story must give both ends or neither.
  if (from && !to) problems.push(['view.to', 'is required when from is given']);
  if (to && !from) problems.push(['view.from', 'is required when to is given']);
  // IsoDate has already checked both are real dates; the comparison matches the URL codec's.
  const a = from ? parsePartialDate(from) : null;
  const b = to ? parsePartialDate(to) : null;
  if (a && b && a.start >= b.start) problems.push(['view.to', `must be after from (${from})`]);
  return problems;
}
