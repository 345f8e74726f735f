import { parseViewParams, serializeViewParams } from './urlCodec.ts';
import type { ViewState } from './ViewState.svelte.ts';

/** Changes closer together than this are one gesture and share one history entry. */
const GESTURE_MS = 700;
/** The URL is written at most this often while the view keeps changing. */
const WRITE_EVERY_MS = 150;

/**
 * Keeps the URL and the view in step, both ways: view changes write the URL (a new history entry
 * per change the reader makes, with a continuous gesture or an animation coalesced into one), and
 * Back/Forward restore the view. Call inside a component's script; the effect and listener end with it.
 */
export function syncUrl(view: ViewState, win: Window = window): void {
  // The countries in the data, gathered only when a URL names one: a pass over every event of a
  // large file that its first render need not wait for.
  let countries: Set<string> | null = null;
  const countryCodes = {
    has(code: string): boolean {
      if (!countries) {
        countries = new Set();
        for (const e of view.dataset.events)
          if (e.countries) for (const c of e.countries) countries.add(c);
      }
      return countries.has(code);
    },
  };
  const ctx = {
    categoryIds: view.categoryIds,
    eventIds: view.byId,
    actorIds: new Set(view.dataset.actors.map((a) => a.id)),
    countryCodes,
  };
  view.applyParams(parseViewParams(win.location.search, ctx));
  let lastWrite = -Infinity;
  // Only something the reader did makes a new history entry: writes after loading, after Back or
  // Forward, or from an animation that is still running replace the current entry instead. A click
  // or a key (outside text fields) is one step each; wheel, touch and typing are continuous, and
  // changes closer together than GESTURE_MS share one entry.
  let intent: 'discrete' | 'continuous' | null = null;
  // An intent counts only for changes soon after it, so a late programmatic change never pushes.
  let intentAt = -Infinity;
  const USER_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
  const isTextField = (t: EventTarget | null) =>
    t instanceof HTMLElement && t.closest('input, textarea, select') !== null;

  // During a zoom or pan the URL follows at most every WRITE_EVERY_MS (the last change always lands):
  // writing history on every frame cost the page frames, and nobody reads the URL mid-gesture.
  let pending: { url: string; timer: ReturnType<typeof setTimeout> } | null = null;
  const write = (url: string) => {
    if (pending) clearTimeout(pending.timer);
    pending = null;
    const now = performance.now();
    if (now - intentAt > 2 * GESTURE_MS) intent = null;
    if (intent === 'discrete' || (intent === 'continuous' && now - lastWrite >= GESTURE_MS)) {
      win.history.pushState(null, '', url);
      intent = null;
    } else {
      win.history.replaceState(null, '', url);
    }
    lastWrite = now;
  };

  $effect(() => {
    const search = serializeViewParams(view.params, win.location.search);
    if (search === win.location.search) {
      if (pending) clearTimeout(pending.timer);
      pending = null;
      return;
    }
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    const wait = lastWrite + WRITE_EVERY_MS - performance.now();
    if (intent === 'discrete' || wait <= 0) write(url);
    else if (pending) pending.url = url;
    else pending = { url, timer: setTimeout(() => pending && write(pending.url), wait) };
  });

  $effect(() => {
    const onPop = () => {
      intent = null;
      if (pending) clearTimeout(pending.timer);
      pending = null;
      view.applyParams(parseViewParams(win.location.search, ctx));
    };
    const onInput = (e: Event) => {
      const discrete = e.type === 'pointerdown' || (e.type === 'keydown' && !isTextField(e.target));
      intent = discrete ? 'discrete' : (intent ?? 'continuous');
      intentAt = performance.now();
    };
    win.addEventListener('popstate', onPop);
    for (const type of USER_EVENTS)
      win.addEventListener(type, onInput, { capture: true, passive: true });
    return () => {
      if (pending) clearTimeout(pending.timer);
      win.removeEventListener('popstate', onPop);
      for (const type of USER_EVENTS) win.removeEventListener(type, onInput, { capture: true });
    };
  });
}
