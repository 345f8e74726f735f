import { describe, expect, it } from 'vitest';
import { clampStep, firstStep, lastStep, nextStep, prevStep, progressLabel } from './stepState.ts';

describe('clampStep', () => {
  it.each([
    [4, 12, 4],
    [1, 12, 1],
    [12, 12, 12],
    [0, 12, 1],
    [-3, 12, 1],
    [13, 12, 12],
    [4.7, 12, 4],
    [Number.NaN, 12, 1],
    [Number.POSITIVE_INFINITY, 12, 1],
    [Number.NEGATIVE_INFINITY, 12, 1],
    [5, 0, 1],
    [5, Number.NaN, 1],
  ])('clampStep(%s, %s) is %s', (step, count, want) => {
    expect(clampStep(step, count)).toBe(want);
  });
});

describe('nextStep and prevStep', () => {
  it.each([
    [1, 12, 2, 1],
    [4, 12, 5, 3],
    [12, 12, 12, 11],
    [1, 1, 1, 1],
    [40, 12, 12, 11],
    [Number.NaN, 12, 2, 1],
  ])('from step %s of %s, next is %s and previous is %s', (step, count, next, prev) => {
    expect(nextStep(step, count)).toBe(next);
    expect(prevStep(step, count)).toBe(prev);
  });
});

describe('firstStep and lastStep', () => {
  it.each([
    [12, 12],
    [1, 1],
    [0, 1],
    [Number.NaN, 1],
  ])('with %s steps the first is 1 and the last is %s', (count, last) => {
    expect(firstStep()).toBe(1);
    expect(lastStep(count)).toBe(last);
  });
});

describe('progressLabel', () => {
  it.each([
    [4, 12, 'step 4 of 12'],
    [1, 1, 'step 1 of 1'],
    [20, 12, 'step 12 of 12'],
    [Number.NaN, 12, 'step 1 of 12'],
  ])('labels step %s of %s as %j', (step, count, want) => {
    expect(progressLabel(step, count)).toBe(want);
  });
});
