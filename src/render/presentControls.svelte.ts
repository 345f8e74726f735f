import { tick } from 'svelte';
import { presentKeyAction } from '../state/presentKeys.ts';
import { linkPresentation } from '../state/presentLink.svelte.ts';
import type { PresentationState } from '../state/PresentationState.svelte.ts';
import { exitFullscreen, openPresenterWindow, toggleFullscreen } from './presentWindow.ts';

/** What steers a presentation from its window: its keys, leaving it, and the presenter view. */
export interface PresentControls {
  /** For the window's keydown, in the capture phase. */
  onkeydown: (event: KeyboardEvent) => void;
  /** Leaves the presentation, giving focus back to what opened it. */
  leave: () => Promise<void>;
  /** Opens the presenter view in a window of its own, linked to this one. */
  openPresenter: () => void;
}

/**
 * The controls of the presentation `pres`. Call while the presentation's component starts: the
 * link to the presenter view's window lives as long as it does.
 */
export function presentControls(pres: PresentationState): PresentControls {
  // The presenter view's window, once opened: this window follows it, and it follows this one.
  let presenter: Window | null = null;
  linkPresentation(pres, () => presenter);
  const openPresenter = () => void (presenter = openPresenterWindow());

  async function leave() {
    exitFullscreen();
    const back = pres.returnFocusTo;
    pres.leave();
    // The page under the presentation is drawn again by then; focus goes back to what opened it.
    await tick();
    if (back) document.getElementById(back)?.focus();
  }

  // Capture phase: the keys belong to the presentation, not to the timeline's own keyboard model.
  function onkeydown(event: KeyboardEvent) {
    const action = presentKeyAction(event);
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    if (action === 'fullscreen') toggleFullscreen();
    else if (action === 'presenter') openPresenter();
    else if (action === 'exit') leave();
    else pres.act(action);
  }

  return { onkeydown, leave, openPresenter };
}
