// @vitest-environment jsdom
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { validateDataset } from '../data/validateDataset.ts';
import { eventRecord, rawDataset } from '../testing/fixtures.ts';
import { syncUrl } from './urlSync.svelte.ts';
import { ViewState } from './ViewState.svelte.ts';
import { DAY } from '../data/day.ts';

/** A window with just the location, history and event listeners that syncUrl uses. */
function fakeWindow() {
  const location = { pathname: '/', search: '', hash: '' };
  const set = (_state: unknown, _title: string, url: string) => {
    location.search = new URL(url, 'http://localhost').search;
  };
  const history = { pushState: vi.fn(set), replaceState: vi.fn(set) };
  const win = { location, history, addEventListener: vi.fn(), removeEventListener: vi.fn() };
  return win as unknown as Window & { history: typeof history };
}

function viewOfTwoYears() {
  const result = validateDataset(
    rawDataset([
      eventRecord({ id: 'a', start: '2016-01-01' }),
      eventRecord({ id: 'b', start: '2017-12-31' }),
    ]),
  );
  if (!result.ok) throw new Error('fixture is invalid');
  return new ViewState(result.dataset);
}

describe('syncUrl', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('goes through the events for their countries only when a URL names a country', () => {
    const result = validateDataset(
      rawDataset([
        eventRecord({ id: 'a', start: '2016-01-01', countries: ['BD'] }),
        eventRecord({ id: 'b', start: '2017-12-31', countries: ['US'] }),
      ]),
    );
    if (!result.ok) throw new Error('fixture is invalid');
    let reads = 0;
    const events = result.dataset.events.map((e) => {
      const copy = { ...e };
      Object.defineProperty(copy, 'countries', { get: () => (reads++, e.countries) });
      return copy;
    });
    const plain = new ViewState({ ...result.dataset, events });
    const stopPlain = $effect.root(() => syncUrl(plain, fakeWindow()));
    expect(reads).toBe(0);
    stopPlain();
    const win = fakeWindow();
    win.location.search = '?country=bd,XX';
    const filtered = new ViewState({ ...result.dataset, events });
    const stop = $effect.root(() => syncUrl(filtered, win));
    expect(filtered.filters.criteria.countries).toEqual(['BD']);
    expect(reads).toBeGreaterThan(0);
    stop();
  });

  it('writes the URL of a continuous zoom a few times a second, and always its last view', () => {
    const win = fakeWindow();
    const view = viewOfTwoYears();
    const stop = $effect.root(() => syncUrl(view, win));
    flushSync();
    const writes = () =>
      win.history.pushState.mock.calls.length + win.history.replaceState.mock.calls.length;
    const before = writes();
    const { from, to } = view.range;
    for (let i = 1; i <= 20; i++) {
      view.setRange({ from: from + i * DAY, to: to - i * DAY });
      flushSync();
      vi.advanceTimersByTime(16);
    }
    vi.advanceTimersByTime(1000);
    expect(writes() - before).toBeLessThanOrEqual(4);
    expect(win.location.search).toContain(new Date(from + 20 * DAY).toISOString().slice(0, 10));
    stop();
  });

  it('writes a change that follows a click at once, as a new history entry, even right after a zoom', () => {
    const win = fakeWindow();
    const view = viewOfTwoYears();
    const stop = $effect.root(() => syncUrl(view, win));
    flushSync();
    const { from, to } = view.range;
    view.setRange({ from: from + DAY, to: to - DAY });
    flushSync();
    const listener = vi
      .mocked(win.addEventListener)
      .mock.calls.find(([type]) => type === 'pointerdown')![1] as (e: Partial<Event>) => void;
    listener({ type: 'pointerdown', target: null });
    view.setRange({ from: from + 30 * DAY, to: to - 30 * DAY });
    flushSync();
    expect(win.history.pushState).toHaveBeenCalledTimes(1);
    expect(win.location.search).toContain(new Date(from + 30 * DAY).toISOString().slice(0, 10));
    stop();
  });
});
