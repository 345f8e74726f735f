// @vitest-environment jsdom
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { svgMarkup } from '../testing/svgMarkup.ts';
import Labels from './Labels.svelte';

describe('Labels', () => {
  it('draws each label at its place, with a leader line for one on another row (SVG snapshot)', () => {
    const { container } = render(Labels, {
      labels: [
        { id: 'heist', text: 'Bank heist', x: 60.123456, y: 80 },
        { id: 'hack', text: 'Exchange hack', x: 300, y: 54, leader: { x: 296, y1: 60, y2: 80 } },
      ],
    });
    expect(svgMarkup(container)).toMatchSnapshot();
  });
});
