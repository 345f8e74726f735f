import { parseViewParams, serializeViewParams } from './urlCodec.ts';
import type { ViewState } from './ViewState.svelte.ts';

/** Changes closer together than this are one gesture and share one history entry. */
const GESTURE_MS = 700;

/**
 * Keeps the URL and the view in step, both ways: view changes write the URL (a new history entry
 * per distinct change, with a continuous gesture coalesced into one), and Back/Forward restore the
 * view. Call inside a component's script; the effect and listener end with it.
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
  // The first write after loading or after Back/Forward only tidies the URL: it must not add an entry.
  // Effects flush in microtasks, so a timeout ends the tidying window after that first write.
  let tidyOnly = true;
  const endTidying = () => setTimeout(() => (tidyOnly = false));
  endTidying();

  $effect(() => {
    const search = serializeViewParams(view.params, win.location.search);
    if (search === win.location.search) return;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    const now = performance.now();
    if (tidyOnly || now - lastWrite < GESTURE_MS) win.history.replaceState(null, '', url);
    else win.history.pushState(null, '', url);
    lastWrite = now;
  });

  $effect(() => {
    const onPop = () => {
      tidyOnly = true;
      view.applyParams(parseViewParams(win.location.search, ctx));
      endTidying();
    };
    win.addEventListener('popstate', onPop);
    return () => win.removeEventListener('popstate', onPop);
  });
}
