import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent } from 'd3-zoom';
import { MIN_SPAN } from '../layout/timeRange.ts';
import { rangeToTransform, transformToRange } from '../layout/zoomTransform.ts';
import type { ViewState } from '../state/ViewState.svelte.ts';
import type { WheelGate } from './wheelGate.svelte.ts';

/**
 * Attaches d3-zoom (wheel and trackpad pinch around the pointer, drag to pan, touch pinch and
 * swipe) to the timeline's SVG. The view's range stays the truth: gestures write it, and any
 * other change of range (buttons, keys, the URL) moves d3-zoom's transform to match.
 */
export function zoomBehavior(
  view: ViewState,
  size: () => { width: number; height: number },
  gate?: WheelGate,
) {
  return (svg: SVGSVGElement) => {
    const selection = select(svg);
    const behaviour = zoom<SVGSVGElement, unknown>()
      // d3-zoom's own rule (no secondary buttons, Ctrl only with the wheel), plus the embed's wheel gate.
      .filter((event: Event) => {
        if (event.type === 'wheel') return !gate || gate.allows(event as WheelEvent);
        return !(event as MouseEvent).ctrlKey && !(event as MouseEvent).button;
      })
      // A gesture of the reader's own interrupts an animated move.
      .on(
        'start',
        (event: D3ZoomEvent<SVGSVGElement, unknown>) => event.sourceEvent && view.stopAnimation(),
      )
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        // Programmatic transforms (from the effect below) have no source event: they only follow the range.
        if (!event.sourceEvent) return;
        view.setRange(transformToRange(event.transform, view.extent, size().width));
      });
    selection.call(behaviour).on('dblclick.zoom', null);
    // Let vertical swipes scroll the page on phones; horizontal swipes and pinches go to the timeline.
    svg.style.touchAction = 'pan-y';

    $effect(() => {
      const { width, height } = size();
      if (width <= 0) return;
      const maxZoom = (view.extent.to - view.extent.from) / MIN_SPAN;
      behaviour
        .extent([
          [0, 0],
          [width, height],
        ])
        .translateExtent([
          [0, -Infinity],
          [width, Infinity],
        ])
        .scaleExtent([1, maxZoom]);
      const t = rangeToTransform(view.range, view.extent, width);
      selection.call(behaviour.transform, zoomIdentity.translate(t.x, 0).scale(t.k));
    });

    return () => {
      selection.on('.zoom', null);
    };
  };
}
