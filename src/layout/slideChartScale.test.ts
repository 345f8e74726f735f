import { describe, expect, it } from 'vitest';
import { slideChartFloor, slideChartScale, slideUnit } from './slideChartScale.ts';

describe('slideUnit', () => {
  it.each([
    [1280, 720, 24.32],
    [1920, 1080, 36.48],
    [1024, 768, 19.456],
    [800, 450, 15.2],
  ])('is %i x %i: %f px', (width, height, unit) => {
    expect(slideUnit({ width, height })).toBeCloseTo(unit, 3);
  });
});

describe('slideChartScale', () => {
  it('never shrinks the chart below its own size', () => {
    expect(slideChartScale({ width: 400, height: 300 })).toBe(1);
  });
  it.each([
    [1280, 720, 1.871],
    [1920, 1080, 2.806],
    [3840, 2160, 5.612],
    [800, 450, 1.169],
  ])('lets the chart on %i x %i grow until its labels reach the type: %f', (width, height, k) => {
    expect(slideChartScale({ width, height })).toBeCloseTo(k, 3);
  });
});

describe('slideChartFloor', () => {
  it.each([
    [1280, 720, 1.216],
    [1920, 1080, 1.824],
    [1024, 768, 1],
    [800, 450, 1],
  ])('keeps the labels on %i x %i readable from the back of a room: at least %f', (w, h, k) => {
    expect(slideChartFloor({ width: w, height: h })).toBeCloseTo(k, 3);
  });
});
