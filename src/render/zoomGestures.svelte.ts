import type { ViewState } from '../state/ViewState.svelte.ts';
import type { WheelGate } from './wheelGate.svelte.ts';
import type { zoomBehavior } from './zoomBehavior.svelte.ts';

let behaviour = $state.raw<typeof zoomBehavior | null>(null);
let loading: Promise<void> | null = null;

/**
 * The timeline's zoom gestures (see zoomBehavior), loaded right after the first render rather than
 * with the page: d3-zoom brings d3-selection, d3-drag and d3-transition, about a seventh of the
 * page's script, and nothing on the first screen needs them. The zoom buttons and keys work
 * meanwhile; once the module is in, the attachment runs again and attaches the gestures.
 */
export function zoomGestures(
  view: ViewState,
  size: () => { width: number; height: number },
  gate?: WheelGate,
) {
  return (svg: SVGSVGElement) => {
    if (behaviour) return behaviour(view, size, gate)(svg);
    loading ??= import('./zoomBehavior.svelte.ts').then((module) => {
      behaviour = module.zoomBehavior;
    });
  };
}
