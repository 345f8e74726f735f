// @vitest-environment jsdom
import { render } from '@testing-library/svelte';
import { timeScale } from '../layout/timeScale.ts';
import { describe, expect, it } from 'vitest';
import Axis from './Axis.svelte';
import { axisTicks } from '../layout/ticks.ts';

describe('Axis', () => {
  it('draws month ticks under a year context row (SVG snapshot, fixed data, UTC)', () => {
    const range = { from: Date.UTC(2017, 10, 1), to: Date.UTC(2018, 3, 1) };
    const x = timeScale([range.from, range.to], [0, 600]);
    const { container } = render(Axis, {
      ticks: axisTicks(range, 600),
      x,
      width: 600,
      height: 300,
    });
    const svg = container.innerHTML
      .replace(/\s*class="[^"]*svelte-[^"]*"/g, '')
      .replace(/<!---->/g, '');
    expect(svg.replace(/(\d+\.\d{3})\d+/g, '$1')).toMatchSnapshot();
  });

  it('leaves out a label that would run off the right edge', () => {
    const range = { from: Date.UTC(2017, 0, 1), to: Date.UTC(2018, 11, 20) };
    const x = timeScale([range.from, range.to], [0, 600]);
    const { container } = render(Axis, {
      ticks: axisTicks(range, 600),
      x,
      width: 600,
      height: 300,
    });
    const labels = [...container.querySelectorAll('text')].map((t) => Number(t.getAttribute('x')));
    expect(Math.max(...labels)).toBeLessThan(600 - 20);
  });
});
