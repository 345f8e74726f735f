import { describe, expect, it } from 'vitest';
import { preferReducedMotion } from '../testing/reducedMotion.ts';
import { validateDataset } from '../data/validateDataset.ts';
import { NO_FILTERS } from '../layout/eventFilter.ts';
import { eventRecord, rawDataset } from '../testing/fixtures.ts';
import type { ViewParams } from './urlCodec.ts';
import { ViewState } from './ViewState.svelte.ts';

function view() {
  const result = validateDataset(
    rawDataset([
      eventRecord({ id: 'a', start: '2016-01-01' }),
      eventRecord({ id: 'b', start: '2017-12-31', category: 'legal' }),
    ]),
  );
  if (!result.ok) throw new Error('fixture is invalid');
  return new ViewState(result.dataset);
}

const params: ViewParams = {
  range: { from: Date.UTC(2016, 5, 1), to: Date.UTC(2017, 5, 1) },
  categories: ['legal'],
  event: 'b',
  filters: { ...NO_FILTERS, query: 'event' },
  show: 'list',
  money: true,
  eras: false,
  compare: null,
  present: true,
  landmarks: false,
  story: null,
  step: 3,
};

describe('ViewState', () => {
  preferReducedMotion();

  it('gives back the URL parameters it was given', () => {
    const v = view();
    v.applyParams(params);
    expect(v.params).toEqual(params);
  });

  it('writes no range, event or step into the URL of a fresh view', () => {
    expect(view().params).toMatchObject({ range: null, event: null, step: null, categories: null });
  });

  it('hands on its parts under their own names, both ways', () => {
    const v = view();
    v.range = { from: Date.UTC(2016, 5, 1), to: Date.UTC(2017, 0, 1) };
    expect(v.time.range).toEqual(v.range);
    v.display.money = true;
    expect(v.money).toBe(true);
    v.toggleCategory('theft');
    expect(v.index.visibleCategories).toEqual(['legal']);
  });

  it('opens an event through the selection, showing its hidden lane', () => {
    const v = view();
    v.showCategories(['theft']);
    v.select('b');
    expect([v.selected?.id, v.focusedId, v.categories]).toEqual(['b', 'b', null]);
  });
});
