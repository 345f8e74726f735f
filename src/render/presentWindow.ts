/** Full screen on or off (the browser may refuse; then nothing happens). */
export function toggleFullscreen(): void {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
  else document.documentElement.requestFullscreen?.().catch(() => {});
}

/** Leaves full screen, if on. */
export function exitFullscreen(): void {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
}

/** Opens the presenter view of this presentation in its own window (null if a blocker stops it). */
export function openPresenterWindow(): Window | null {
  const url = new URL(window.location.href);
  url.searchParams.set('presenter', '1');
  return window.open(url.href, 'dprk-timeline-presenter', 'popup,width=1100,height=720');
}
