/**
 * Runs `work` when the browser is idle (requestIdleCallback), or soon after where there is none
 * (Safari); returns a function that cancels it. For work a reader does not wait for, so that it
 * fills the gaps between frames instead of holding up input.
 */
export function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, 0);
  return () => clearTimeout(id);
}
