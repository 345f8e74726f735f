import { parseViewParams, serializeViewParams } from './urlCodec.ts';
import type { ViewState } from './ViewState.svelte.ts';

/** Changes closer together than this are one gesture and share one history entry. */
const GESTURE_MS = 700;

/**
 * Keeps the URL and the view in step, both ways: view changes write the URL (a new history entry
 * per change the reader makes, with a continuous gesture or an animation coalesced into one), and
 * Back/Forward restore the view. Call inside a component's script; the effect and listener end with it.
 */
export function syncUrl(view: ViewState, win: Window = window): void {
  const ctx = {
    categoryIds: view.categoryIds,
    eventIds: new Set(view.byId.keys()),
    actorIds: new Set(view.dataset.actors.map((a) => a.id)),
    countryCodes: new Set(view.dataset.events.flatMap((e) => e.countries ?? [])),
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
  const isTextField = (t: EventTarget | null) => t instanceof HTMLElement && t.closest('input, textarea, select') !== null;

  $effect(() => {
    const search = serializeViewParams(view.params, win.location.search);
    if (search === win.location.search) return;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    const now = performance.now();
    if (now - intentAt > 2 * GESTURE_MS) intent = null;
    if (intent === 'discrete' || (intent === 'continuous' && now - lastWrite >= GESTURE_MS)) {
      win.history.pushState(null, '', url);
      intent = null;
    } else {
      win.history.replaceState(null, '', url);
    }
    lastWrite = now;
  });

  $effect(() => {
    const onPop = () => {
      intent = null;
      view.applyParams(parseViewParams(win.location.search, ctx));
    };
    const onInput = (e: Event) => {
      const discrete = e.type === 'pointerdown' || (e.type === 'keydown' && !isTextField(e.target));
      intent = discrete ? 'discrete' : (intent ?? 'continuous');
      intentAt = performance.now();
    };
    win.addEventListener('popstate', onPop);
    for (const type of USER_EVENTS) win.addEventListener(type, onInput, { capture: true, passive: true });
    return () => {
      win.removeEventListener('popstate', onPop);
      for (const type of USER_EVENTS) win.removeEventListener(type, onInput, { capture: true });
    };
  });
}
