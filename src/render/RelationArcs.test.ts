// @vitest-environment jsdom
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { svgMarkup } from '../testing/svgMarkup.ts';
import RelationArcs from './RelationArcs.svelte';

describe('RelationArcs', () => {
  it('draws one hidden path per arc it is given (SVG snapshot)', () => {
    const { container } = render(RelationArcs, {
      arcs: [
        { id: 'charges', d: 'M100,100 C100,63 120,63 120,80' },
        { id: 'sanctions', d: 'M100,100 C100,40 600,40 600,200' },
      ],
    });
    expect(svgMarkup(container)).toMatchSnapshot();
  });
});
