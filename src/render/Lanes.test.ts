// @vitest-environment jsdom
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { svgMarkup } from '../testing/svgMarkup.ts';
import { smallLayout } from '../testing/timelineLayout.ts';
import Lanes from './Lanes.svelte';

describe('Lanes', () => {
  it('draws alternating lane bands, each with its glyph and name (SVG snapshot)', () => {
    const { layout, categoryById, width } = smallLayout();
    const { container } = render(Lanes, { lanes: layout.lanes, categoryById, width });
    expect(svgMarkup(container)).toMatchSnapshot();
  });

  it('draws the band of a lane whose category is unknown, without a name', () => {
    const { container } = render(Lanes, {
      lanes: [{ category: 'gone', y: 46, height: 40, rows: 1, header: 20 }],
      categoryById: new Map(),
      width: 600,
    });
    expect(container.querySelectorAll('rect.lane')).toHaveLength(1);
    expect(container.querySelector('text')).toBeNull();
  });
});
