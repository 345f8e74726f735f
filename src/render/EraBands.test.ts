// @vitest-environment jsdom
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { toTimelineEra } from '../data/timelineEra.ts';
import { ERA_A, ERA_B } from '../testing/fixtures.ts';
import { svgMarkup } from '../testing/svgMarkup.ts';
import EraBands from './EraBands.svelte';

const bands = [
  { era: toTimelineEra(ERA_A), x0: 120, x1: 300, row: 0, label: 'Talks', labelX: 124 },
  { era: toTimelineEra(ERA_B), x0: 240, x1: 600, row: 1, label: null, labelX: 244 },
];

describe('EraBands', () => {
  it('draws a band and a strip bar per era, labelled where there is room (SVG snapshot)', () => {
    const { container } = render(EraBands, { bands, top: 46, bottom: 200 });
    expect(svgMarkup(container)).toMatchSnapshot();
  });

  it('highlights the era a step names and dims the others', () => {
    const { container } = render(EraBands, { bands, top: 46, bottom: 200, highlighted: 'talks' });
    const eras = [...container.querySelectorAll('g.era')];
    expect(
      eras.map((g) => [g.classList.contains('highlighted'), g.classList.contains('dimmed')]),
    ).toEqual([
      [true, false],
      [false, true],
    ]);
  });

  it('draws the bands alone, without strip or labels, when asked to', () => {
    const { container } = render(EraBands, { bands, top: 46, bottom: 200, strip: false });
    expect(container.querySelectorAll('rect.bar, text')).toHaveLength(0);
    expect(container.querySelectorAll('rect.band')).toHaveLength(2);
  });
});
