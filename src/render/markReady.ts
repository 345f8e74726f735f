import { whenIdle } from './whenIdle.ts';

let marked = false;
let readyNow: () => void;
/** Settles once the first complete render is on screen: for work that must not delay it. */
export const firstRender: Promise<void> = new Promise((resolve) => (readyNow = resolve));

/** Runs `work` after the first render, when the browser is idle (within a second): code most visits need later, if at all. */
export function afterFirstRender(work: () => void): void {
  void firstRender.then(() => whenIdle(work));
}

/**
 * Marks the first complete render with data, once per page, as the standard User Timing mark
 * 'timeline-ready', so any tool (our benchmark, Lighthouse, a browser's performance panel)
 * measures it the same way. Called after the DOM is updated; the mark waits for the next frame.
 */
export function markReady(): void {
  if (marked) return;
  marked = true;
  requestAnimationFrame(() => {
    performance.mark('timeline-ready');
    readyNow();
  });
}
