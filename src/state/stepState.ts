/*
 * Moving through a story's steps in presentation mode. Steps are numbered from 1, as a presenter
 * counts them and as the URL shows them; every function returns a step that exists, so a bad
 * number from a link or a key press can never leave the presentation on a missing step.
 */

/** A usable step count: at least 1, since a story always has a step to show. */
function normalCount(count: number): number {
  return Number.isFinite(count) ? Math.max(1, Math.floor(count)) : 1;
}

/** Brings any number into 1..count; NaN, Infinity and other garbage become step 1. */
export function clampStep(step: number, count: number): number {
  if (!Number.isFinite(step)) return 1;
  return Math.min(Math.max(1, Math.trunc(step)), normalCount(count));
}

/** The step after `step`, staying on the last one at the end. */
export function nextStep(step: number, count: number): number {
  return clampStep(clampStep(step, count) + 1, count);
}

/** The step before `step`, staying on the first one at the start. */
export function prevStep(step: number, count: number): number {
  return clampStep(clampStep(step, count) - 1, count);
}

/** The first step, for Home; always 1, named so callers read as a set of moves. */
export function firstStep(): number {
  return 1;
}

/** The last step, for End. */
export function lastStep(count: number): number {
  return normalCount(count);
}

/** The progress a presenter and a screen reader see: "step 4 of 12". */
export function progressLabel(step: number, count: number): string {
  return `step ${clampStep(step, count)} of ${normalCount(count)}`;
}
