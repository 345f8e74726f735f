import { describe, expect, it } from 'vitest';
import { validateDataset } from '../data/validateDataset.ts';
import { eventRecord, rawDataset } from '../testing/fixtures.ts';
import { EventIndex } from './EventIndex.svelte.ts';

function dataset() {
  const result = validateDataset(
    rawDataset([
      eventRecord({ id: 'heist', title: 'Bank heist', start: '2016-02-04' }),
      eventRecord({ id: 'coins', title: 'Exchange hack', start: '2018-01-26' }),
      eventRecord({ id: 'charge', title: 'Charges filed', start: '2018-09-06', category: 'legal' }),
    ]),
  );
  if (!result.ok) throw new Error('fixture is invalid');
  return result.dataset;
}
const ids = (events: readonly { id: string }[]) => events.map((e) => e.id);
const all = { range: { from: Date.UTC(2015, 0, 1), to: Date.UTC(2019, 0, 1) } };

describe('EventIndex', () => {
  it("looks events up by id, but goes through the events' ids only when first asked (not for a first render)", () => {
    const data = dataset();
    let idReads = 0;
    const events = data.events.map((e) => {
      const copy = { ...e };
      Object.defineProperty(copy, 'id', { get: () => (idReads++, e.id) });
      return copy;
    });
    const index = new EventIndex({ ...data, events }, all);
    expect(index.filtered).toHaveLength(3);
    expect(idReads).toBe(0);
    expect(index.byId.get('coins')?.title).toBe('Exchange hack');
    expect([index.byId.has('charge'), index.byId.has('nothing')]).toEqual([true, false]);
    // Built once, on the first lookup: one read of each id.
    expect(idReads).toBe(3);
  });

  it('shows every event, in time order, while nothing is hidden', () => {
    const index = new EventIndex(dataset(), all);
    expect(ids(index.filtered)).toEqual(['heist', 'coins', 'charge']);
    expect([index.hiding, index.foundIds]).toEqual([false, null]);
  });

  it('leaves out the events of an unticked category, and ticking it back stores "all" as null', () => {
    const index = new EventIndex(dataset(), all);
    index.toggleCategory('legal');
    expect(ids(index.filtered)).toEqual(['heist', 'coins']);
    expect(index.hiding).toBe(true);
    index.toggleCategory('legal');
    expect(index.categories).toBeNull();
  });

  it('finds what a search matches without hiding the rest', () => {
    const index = new EventIndex(dataset(), all);
    index.filters.set('query', 'hack');
    expect(ids(index.found)).toEqual(['coins']);
    expect(ids(index.filtered)).toHaveLength(3);
    expect([...index.foundIds!]).toEqual(['coins']);
  });

  it('counts and lists the events found in the window it is given', () => {
    const window = { range: { from: Date.UTC(2018, 0, 1), to: Date.UTC(2019, 0, 1) } };
    const index = new EventIndex(dataset(), window);
    expect(index.windowCount).toBe(2);
    expect(ids(index.inWindow)).toEqual(['coins', 'charge']);
  });

  it('shows the category of an event it is asked to show, and clearFilters shows them all', () => {
    const index = new EventIndex(dataset(), all);
    index.showCategories(['theft']);
    index.showCategoryOf(index.byId.get('charge')!);
    expect(index.categories).toBeNull();
    index.showCategories([]);
    index.filters.set('query', 'bank');
    index.clearFilters();
    expect([index.categories, index.filters.active]).toEqual([null, false]);
  });
});
